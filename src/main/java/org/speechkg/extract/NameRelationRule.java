package org.speechkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Relations read from how names nest:
 * <ul>
 *   <li>an organization whose name starts with another's is its sub-organization (市委政法委党支部 →
 *       市委政法委; 市委宣传部 → 市委), nearest parent only;</li>
 *   <li>a document whose title starts with a body's name was issued by it (中共XX市委关于…的实施方案);</li>
 *   <li>a plan, opinion or rule whose title names a campaign implements that campaign, or failing one, the
 *       policies it names (关于推行四项制度…的实施意见 → 四项制度; 中央八项规定实施细则 → 中央八项规定);</li>
 *   <li>an event or campaign whose name contains a campaign's is part of it (党史学习教育动员大会,
 *       第二批主题教育), as is one written right after a campaign (党史学习教育“我为群众办实事”实践活动).</li>
 * </ul>
 */
public final class NameRelationRule implements RelationRule {
    /** What may open a document title before its issuing body: 《, a quote, 中共, a year. */
    private static final Pattern TITLE_OPENING = Pattern.compile("[《“\"]|中共|\\d{4}年");
    private static final Pattern CARRY_OUT_BEFORE = Pattern.compile("(贯彻|落实|践行|执行)[“\"]?$");
    private static final Pattern CARRY_OUT_AFTER = Pattern.compile("[”\"]?(精神)?(贯彻落实|贯彻|落实|践行)");
    private static final Pattern PLAN = Pattern.compile(".*(方案|意见|细则|办法|计划|规划|措施|安排|要点|通知)$");

    @Override
    public List<RelationMention> apply(RelationContext ctx) {
        if (ctx.inSentence().isEmpty()) {
            return List.of();
        }
        List<RelationMention> out = new ArrayList<>();
        for (Mention m : ctx.inSentence()) {
            switch (m.type()) {
                case Organization -> parent(ctx, m).ifPresent(p -> out.add(ctx.relation(m, Relation.subOrganizationOf, p, "name-prefix")));
                case Document -> document(ctx, m, out);
                case Event, Campaign -> {
                    partOf(ctx, m, out);
                    carriesOut(ctx, m, out);
                }
                default -> { }
            }
        }
        return out;
    }

    private static Optional<Mention> parent(RelationContext ctx, Mention child) {
        Mention best = null; // the longest such parent, the first of equally long ones (as Stream.max)
        for (Mention p : ctx.inSentence()) {
            if (p.type() == EntityType.Organization && child.covers(p) && p.end() < child.end()
                    && child.label().startsWith(p.label()) && child.label().length() > p.label().length()
                    && (best == null || p.label().length() > best.label().length())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void document(RelationContext ctx, Mention doc, List<RelationMention> out) {
        List<Mention> inside = ctx.inSentence().stream().filter(n -> n != doc && doc.covers(n)).toList();
        inside.stream()
                .filter(n -> n.type() == EntityType.Organization && isAtTitleStart(doc, n) && namesIssuer(ctx, doc, n, inside))
                .max(Comparator.comparingInt(Mention::end))
                .or(() -> bodyWrittenBefore(ctx, doc))
                .ifPresent(o -> out.add(ctx.relation(doc, Relation.issuedBy, o, "title-issuer")));
        if (!PLAN.matcher(doc.label()).matches()) {
            return;
        }
        List<Mention> campaigns = inside.stream().filter(n -> n.type() == EntityType.Campaign).toList();
        List<Mention> targets = campaigns.isEmpty()
                ? inside.stream().filter(n -> n.type() == EntityType.Policy).toList() : outermost(campaigns);
        targets.forEach(t -> out.add(ctx.relation(doc, Relation.implementsPolicy, t, "title-names")));
    }

    /**
     * A body opening a title is its issuer when grammar read it as a body (XX市委, 市委政法委党支部), or,
     * for a curated national body, when 关于 follows (国务院关于…); a name that merely starts with the
     * party's name (中国共产党简史, 中国共产党廉洁自律准则) or a body inside another name (中央 in
     * 中央八项规定实施细则) states no issuer.
     */
    private static boolean namesIssuer(RelationContext ctx, Mention doc, Mention org, List<Mention> inside) {
        boolean nested = inside.stream().anyMatch(o -> o != org && o.covers(org) && !org.covers(o));
        if (nested) return false;
        return !org.recognizer().equals("gazetteer") || ctx.speech().text().startsWith("关于", org.end());
    }

    /** A body written right before a bracketed title (市委《关于…的整改方案》). */
    private static Optional<Mention> bodyWrittenBefore(RelationContext ctx, Mention doc) {
        if (!doc.text().startsWith("《")) return Optional.empty();
        return ctx.inSentence().stream()
                .filter(o -> o.type() == EntityType.Organization && o.end() == doc.start())
                .max(Comparator.comparingInt(o -> o.end() - o.start()));
    }

    private static boolean isAtTitleStart(Mention doc, Mention org) {
        String before = TITLE_OPENING.matcher(doc.text().substring(0, org.start() - doc.start())).replaceAll("");
        return before.isEmpty();
    }

    private static void partOf(RelationContext ctx, Mention m, List<RelationMention> out) {
        for (Mention c : ctx.inSentence()) {
            if (c == m || c.type() != EntityType.Campaign || c.label().equals(m.label())) continue;
            boolean inside = m.covers(c) && (m.end() - m.start()) > (c.end() - c.start());
            boolean writtenBefore = c.end() == m.start() || (c.end() + 1 == m.start() && isQuote(ctx, c.end()));
            if (inside || writtenBefore) {
                out.add(ctx.relation(m, Relation.partOf, c, inside ? "name-contains" : "campaign-prefix"));
            }
        }
    }

    /**
     * A campaign or event whose name says it carries out a policy it names (深入贯彻中央八项规定精神学习教育;
     * 党的教育方针贯彻落实专项行动) implements it. Not when the policy is studied (学习贯彻…主题教育): the study
     * of a doctrine is not its implementation.
     */
    private static void carriesOut(RelationContext ctx, Mention m, List<RelationMention> out) {
        String text = ctx.speech().text();
        for (Mention p : ctx.inSentence()) {
            if (p.type() != EntityType.Policy || !m.covers(p) || p.start() == m.start() && p.end() == m.end()) continue;
            String before = text.substring(m.start(), p.start());
            String after = text.substring(p.end(), m.end());
            boolean verbBefore = CARRY_OUT_BEFORE.matcher(before).find() && !before.contains("学习");
            boolean verbAfter = CARRY_OUT_AFTER.matcher(after).lookingAt();
            if (verbBefore || verbAfter) {
                out.add(ctx.relation(m, Relation.implementsPolicy, p, "name-carries-out"));
            }
        }
    }

    private static boolean isQuote(RelationContext ctx, int at) {
        char ch = ctx.speech().text().charAt(at);
        return ch == '“' || ch == '"';
    }

    private static List<Mention> outermost(List<Mention> ms) {
        return ms.stream().filter(a -> ms.stream().noneMatch(b -> b != a && b.covers(a) && !a.covers(b))).toList();
    }
}
