package org.speechkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Relations that follow from others in the same speech, or from names read against the whole speech
 * rather than one sentence:
 * <ul>
 *   <li>a body that issues a plan implementing a campaign deploys that campaign, so the campaign is
 *       organized by it (guideline: a campaign is organized by each body named as deploying it);</li>
 *   <li>a body whose name starts with another body's name, as written anywhere in the speech, is its
 *       sub-organization (中央政治局 after 中央 for 党中央; 全国人大常委会 after 全国人大), nearest parent only;</li>
 *   <li>an internal unit written without its owner belongs to the body the text speaks for (党委组织部 →
 *       the university's 党委; 学校纪委 → the university; 省政府参事室 → the province's 人民政府);</li>
 *   <li>a meeting named after a body is organized by it (市委八届三次全会 → 市委; 中央政治局会议 → 中央政治局;
 *       第十四届全国人民代表大会第二次会议 → 全国人民代表大会).</li>
 * </ul>
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

    /** The party itself opens the names of its committees (中共XX市委) without them being its sub-units. */
    private static final Pattern NOT_A_PARENT = Pattern.compile("中国共产党|中共|共产党");
    private static final Pattern EDITION = Pattern.compile("第?[一二三四五六七八九十百\\d]{1,4}届");
    private static final int MIN_REST = 2;
    private static final Pattern COMMITTEE_UNIT = Pattern.compile("^(学校|校|我校|本校)?党委.{2,}");
    private static final Pattern INSTITUTION_UNIT = Pattern.compile("^(学校|校|我校|本校).{2,}");
    /** A meeting is read as a body's only by its label or a written form of three or more characters (全国人大, not 中央). */
    private static final int MIN_SHORT_FORM = 3;

    /** Relations read from names against the speech's bodies (see the class comment). */
    public static List<RelationMention> fromNames(List<Mention> all, Optional<Mention> author, SpeechMetadata md) {
        List<Mention> bodies = all.stream().filter(m -> m.type() == EntityType.Organization).toList();
        List<Body> forms = new ArrayList<>(bodies.size());
        for (Mention b : bodies) {
            if (!NOT_A_PARENT.matcher(b.label()).matches()) {
                forms.add(new Body(b, Labels.canonical(b.text())));
            }
        }
        List<RelationMention> out = new ArrayList<>();
        for (Mention m : firstOfEachLabel(all)) {
            if (m.type() == EntityType.Organization) {
                Optional<Mention> parent = ownerOfUnit(m, bodies, md).or(() -> namePrefix(m, forms, false));
                parent.ifPresent(p -> out.add(new RelationMention(m, Relation.subOrganizationOf, p, m.sentence(), "speech-name-prefix")));
            } else if (m.type() == EntityType.Event) {
                List.of(m.label(), Labels.canonical(m.text())).stream()
                        .map(name -> namePrefix(m.withLabel(EDITION.matcher(name).replaceAll("")), forms, true))
                        .flatMap(Optional::stream).findFirst()
                        .ifPresent(p -> out.add(new RelationMention(m, Relation.organizedBy, p, m.sentence(), "meeting-of-body")));
            }
        }
        return out;
    }

    private static List<Mention> firstOfEachLabel(List<Mention> all) {
        java.util.Map<String, Mention> first = new java.util.LinkedHashMap<>();
        all.forEach(m -> first.putIfAbsent(m.type() + "\t" + m.label(), m));
        return List.copyOf(first.values());
    }

    /**
     * The body whose name (its label, or any form the speech writes it in; for {@code labelOnly}, a written
     * form only of three or more characters) opens the mention's label, leaving at least two characters; the
     * longest such body. A bare 中央 opens many meetings the text does not say 党中央 runs (中央经济工作会议).
     */
    private static Optional<Mention> namePrefix(Mention m, List<Body> bodies, boolean labelOnly) {
        Mention best = null;
        int bestLength = 0;
        String label = m.label();
        for (Body body : bodies) {
            Mention b = body.mention();
            if (b.label().equals(label)) continue;
            String form = b.label();
            if (form.length() >= 2 && form.length() > bestLength && label.length() - form.length() >= MIN_REST
                    && label.startsWith(form)) {
                best = b;
                bestLength = form.length();
            }
            form = body.written();
            if ((!labelOnly || form.length() >= MIN_SHORT_FORM)
                    && form.length() >= 2 && form.length() > bestLength && label.length() - form.length() >= MIN_REST
                    && label.startsWith(form)) {
                best = b;
                bestLength = form.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A body of the speech that may open another name (not the party itself), with its written form. */
    private record Body(Mention mention, String written) {}

    /**
     * The owner of an internal unit written without it, in a text speaking for a body: 党委… belongs to the
     * institution's party committee, 学校…/校… to the institution, 省政府… to the province's government.
     */
    private static Optional<Mention> ownerOfUnit(Mention unit, List<Mention> bodies, SpeechMetadata md) {
        if (md.body().isEmpty()) return Optional.empty();
        SpeakerBody body = md.body().get();
        String l = unit.label();
        Optional<String> owner = Optional.empty();
        if (body.partyCommittee().isPresent() && COMMITTEE_UNIT.matcher(l).matches()) {
            owner = body.partyCommittee();
        } else if (body.institution().isPresent() && INSTITUTION_UNIT.matcher(l).matches()) {
            owner = body.institution();
        } else if (SpeakerMentions.selfForms(body).stream().anyMatch(f -> l.startsWith(f) && l.length() - f.length() >= MIN_REST)) {
            owner = Optional.of(body.label());
        }
        return owner.flatMap(o -> bodies.stream().filter(b -> b.label().equals(o)).min(Comparator.comparingInt(Mention::start)));
    }
}
