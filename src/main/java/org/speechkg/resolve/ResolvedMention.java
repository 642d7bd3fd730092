package org.speechkg.resolve;

import org.speechkg.extract.Mention;

/** A mention together with the entity it denotes. */
public record ResolvedMention(Mention mention, EntityRef entity) {}
