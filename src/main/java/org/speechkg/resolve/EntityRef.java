package org.speechkg.resolve;

import java.util.Optional;
import org.speechkg.extract.EntityType;

/**
 * The entity a mention denotes.
 *
 * @param type     its type
 * @param label    its canonical label
 * @param scope    corpus-wide or speech-local identity
 * @param wikidata a Wikidata Q-identifier when a curated gazetteer entry gives one
 */
public record EntityRef(EntityType type, String label, Scope scope, Optional<String> wikidata) {}
