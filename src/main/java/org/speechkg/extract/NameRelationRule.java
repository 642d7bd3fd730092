package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * Relations read from names: an organization whose name starts with another organization's name is
 * its sub-organization (市委政法委党支部 → 市委政法委; 市委宣传部 → 市委), taking the longest such parent
 * found in the same sentence.
 */
public final class NameRelationRule implements RelationRule {
    @Override
    public List<RelationMention> apply(CleanSpeech speech, Sentence sentence, List<Mention> in, List<Mention> before) {
        List<RelationMention> out = new ArrayList<>();
        for (Mention child : in) {
            if (child.type() != EntityType.Organization) continue;
            in.stream()
                    .filter(p -> p.type() == EntityType.Organization && p != child
                            && p.start() == child.start() && p.end() < child.end()
                            && child.label().startsWith(p.label()) && !p.label().equals(child.label()))
                    .max(java.util.Comparator.comparingInt(p -> p.label().length()))
                    .ifPresent(p -> out.add(new RelationMention(child, Relation.subOrganizationOf, p, sentence.index(), "name-prefix")));
        }
        return out;
    }
}
