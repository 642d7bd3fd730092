package org.speechkg.extract;

import java.util.List;

/** Reads relations from one sentence, given the mentions found in it and around it. */
public interface RelationRule {
    List<RelationMention> apply(RelationContext ctx);
}
