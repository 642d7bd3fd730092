package org.speechkg.extract;

import java.util.List;
import java.util.Optional;

/**
 * One curated national-level entity.
 *
 * @param type     its type
 * @param label    its canonical label
 * @param aliases  other names it goes by (short forms, full formal names)
 * @param wikidata Wikidata Q-identifier, where one exists
 */
public record GazetteerEntry(EntityType type, String label, List<String> aliases, Optional<String> wikidata) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
