package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Relations that follow from others in the same speech. A body that issues a plan implementing a
 * campaign deploys that campaign, so the campaign is organized by it (guideline: a campaign is organized
 * by each body named as deploying it).
 */
public final class DerivedRelations {
    private DerivedRelations() {}

    public static List<RelationMention> organizersOfImplementedCampaigns(List<RelationMention> rels) {
        List<RelationMention> out = new ArrayList<>();
        for (RelationMention issued : rels) {
            if (issued.relation() != Relation.issuedBy) continue;
            for (RelationMention impl : rels) {
                if (impl.relation() == Relation.implementsPolicy && impl.subject().equals(issued.subject())
                        && impl.object().type() == EntityType.Campaign) {
                    out.add(new RelationMention(impl.object(), Relation.organizedBy, issued.object(),
                            issued.sentence(), "issues-plan-for"));
                }
            }
        }
        return out;
    }
}
