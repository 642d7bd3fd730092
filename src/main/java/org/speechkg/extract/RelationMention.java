package org.speechkg.extract;

/**
 * A relation stated (or implied by a name) in one sentence.
 *
 * @param subject  the subject mention
 * @param relation the relation
 * @param object   the object mention
 * @param sentence index of the evidence sentence
 * @param rule     the rule that read it, for provenance
 */
public record RelationMention(Mention subject, Relation relation, Mention object, int sentence, String rule) {}
