package org.speechkg.resolve;

import org.speechkg.extract.RelationMention;

/** A relation mention with both ends resolved to entities. */
public record ResolvedRelation(EntityRef subject, RelationMention evidence, EntityRef object) {}
