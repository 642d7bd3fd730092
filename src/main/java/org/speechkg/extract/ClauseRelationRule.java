package org.speechkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Relations read from a clause's subject, verb and object. The subject is the organization written just
 * before the verb in the same clause; a clause without one, in a body's own work summary, has that body
 * as subject (guideline: unstated subjects of a report are its author). Verbs:
 * <ul>
 *   <li>制定/印发/制发/出台/下发 《document》 → document issuedBy subject;</li>
 *   <li>组织/开展/召开/举办/启动 event or campaign → organizedBy subject;</li>
 *   <li>成立/组建/设立 …领导小组 (the first unit named after the verb in the sentence) → sub-organization of
 *       the subject; X下设办公室 → 办公室 of X;</li>
 *   <li>a campaign followed by 安排部署 with bodies written before it (按照区委、镇党委主题教育安排部署), or the
 *       body in the clause that 作出…部署 in a sentence about a campaign → organizedBy each body; not a body
 *       whose decisions are being carried out (贯彻党中央、国务院决策部署).</li>
 * </ul>
 */
public final class ClauseRelationRule implements RelationRule {
    private static final String CLAUSE_BREAKS = "，；：,;。！？";
    /**
     * Someone other than the author acting in the clause (各级, 群众, a person speaking for himself with 我):
     * then the author is not the subject. 我们, 我省, 我校… are the author itself.
     */
    private static final Scan OTHER_SUBJECT = Scan.compile("我(?![们省市县区镇乡校院局委厅])|各级|各地|各部门|各单位|群众|学生|大家|他们|全党|全国|我国");
    private static final Scan ISSUE = Scan.compile("制定|印发|制发|出台|下发|修订|起草|编发|编印|发布|颁布|审议通过|编制");
    private static final Scan ORGANIZE = Scan.compile("组织|开展|召开|举办|举行|启动|部署|实施|推进|深化|打好|打赢|承办|主办|完成|打造");
    /** Verbs that may follow what they act on (污染防治攻坚战深入开展; 动员大会召开). */
    private static final Scan ORGANIZE_AFTER = Scan.compile("开展|召开|举办|举行|启动|实施|推进");
    private static final int MAX_TOPIC_GAP = 4;
    /** A particle or conjunction between a topic and its verb (then it is not the verb's topic). */
    private static final Pattern JOINED = Pattern.compile(".*[的和与及、].*");
    private static final Scan LED_BY = Scan.compile("领导下");
    private static final Scan IN_CHARGE = Scan.compile("负责");
    /** An anniversary is marked, not run (建党100周年). */
    private static final Pattern ANNIVERSARY = Pattern.compile("(周年|百年)$");
    private static final Pattern LEADERSHIP_GAP = Pattern.compile("(的)?(统一|坚强|直接)?");
    private static final java.util.Set<String> OWN_INSTITUTION = java.util.Set.of("学校", "我校", "本校");
    private static final Scan STUDIED = Scan.compile("学习|贯彻|宣讲|传达|宣传|落实|领会|纪念");
    private static final Pattern SPIRIT_AFTER = Pattern.compile("[”\"》]?(的)?(精神|重要讲话|以来|决策部署|部署要求|要求)");
    private static final Scan ESTABLISH = Scan.compile("成立|组建|设立");
    private static final Scan SET_UNDER = Scan.compile("下设");
    private static final Pattern DEPLOYED = Pattern.compile("^(工作)?(的)?(安排部署|部署安排|决策部署|部署要求|部署)");
    private static final Pattern CARRIES_OUT = Pattern.compile("(落实|贯彻|按照|根据|遵照|执行|对照)$");
    private static final Scan DECIDES = Scan.compile("作出的?[^，。；]{0,12}部署|决策部署");
    private static final Pattern UNIT = Pattern.compile(".*(领导小组|小组|办公室|专班|指挥部|中心组)$");
    private static final int MAX_SUBJECT_GAP = 8;

    @Override
    public List<RelationMention> apply(RelationContext ctx) {
        List<RelationMention> out = new ArrayList<>();
        // Each rule relates mentions of certain types only; a sentence without them is not searched for its verbs.
        boolean document = false, drive = false, organization = false, campaign = false, eventOrCampaign = false;
        for (Mention m : ctx.inSentence()) {
            switch (m.type()) {
                case Document -> document = true;
                case Organization -> organization = true;
                case Campaign -> { campaign = true; eventOrCampaign = true; }
                case Event -> eventOrCampaign = true;
                default -> { }
            }
            drive |= isDrive(m);
        }
        if (document) verbs(ctx, ISSUE, EntityType.Document, Relation.issuedBy, "issue-verb", out);
        if (drive) {
            verbs(ctx, ORGANIZE, null, Relation.organizedBy, "organize-verb", out);
            topicVerbs(ctx, out);
        }
        if (organization && eventOrCampaign) ledBy(ctx, out);
        if (document) ownTitles(ctx, out);
        if (campaign) inCharge(ctx, out);
        if (organization) establish(ctx, out);
        if (campaign) deployed(ctx, out);
        return out;
    }

    private void verbs(RelationContext ctx, Scan verb, EntityType objectType, Relation rel, String rule,
                       List<RelationMention> out) {
        String s = ctx.sentence().text();
        Scan.Hits v = verb.in(s);
        while (v.find()) {
            int vs = ctx.sentence().start() + v.start();
            int ve = ctx.sentence().start() + v.end();
            if (insideMention(ctx, vs, ve)) continue;
            int clauseEnd = clauseEnd(ctx, ve);
            List<Mention> objects = ctx.inSentence().stream()
                    .filter(m -> m.start() >= ve && m.end() <= clauseEnd && outermost(ctx, m))
                    .filter(m -> objectType == null ? organizable(ctx, m, ve) : m.type() == objectType)
                    .toList();
            if (objects.isEmpty()) continue;
            subject(ctx, vs).ifPresent(subj -> objects.stream()
                    .filter(o -> !(subj.equals(ctx.authorBody().orElse(null)) && namesAnotherIssuer(ctx, o, subj)))
                    .forEach(o -> {
                        out.add(ctx.relation(o, rel, ownedByInstitution(ctx, o, subj), rule));
                        coordinatedBefore(ctx, subj).forEach(co -> out.add(ctx.relation(o, rel, co, rule)));
                    }));
        }
    }

    /** Bodies joined to a subject before it (中央和省委相继印发; 党中央、国务院印发): subjects too. */
    private static List<Mention> coordinatedBefore(RelationContext ctx, Mention subject) {
        List<Mention> out = new ArrayList<>();
        String text = ctx.speech().text();
        Mention cur = subject;
        while (cur.start() > 0 && "、和及与".indexOf(text.charAt(cur.start() - 1)) >= 0) {
            int edge = cur.start() - 1;
            Optional<Mention> prev = ctx.inSentence().stream()
                    .filter(o -> o.type() == EntityType.Organization && o.end() == edge && outermost(ctx, o)).findFirst();
            if (prev.isEmpty()) break;
            out.add(prev.get());
            cur = prev.get();
        }
        return out;
    }

    /**
     * A campaign or event written as the topic right before its verb (污染防治攻坚战深入开展): organized by
     * the body before it in the clause, or the author.
     */
    private void topicVerbs(RelationContext ctx, List<RelationMention> out) {
        Scan.Hits v = ORGANIZE_AFTER.in(ctx.sentence().text());
        while (v.find()) {
            int vs = ctx.sentence().start() + v.start();
            if (insideMention(ctx, vs, vs + v.group().length())) continue;
            int clauseStart = clauseStart(ctx, vs);
            ctx.inSentence().stream()
                    .filter(m -> isDrive(m) && outermost(ctx, m)
                            && m.start() >= clauseStart && m.end() <= vs && vs - m.end() <= MAX_TOPIC_GAP
                            && !JOINED.matcher(ctx.speech().text().substring(m.end(), vs)).matches())
                    .max(Comparator.comparingInt(Mention::end))
                    .ifPresent(topic -> subject(ctx, topic.start())
                            .ifPresent(subj -> out.add(ctx.relation(topic, Relation.organizedBy, subj, "topic-verb"))));
        }
    }

    /**
     * An event or campaign the verb acts on: not a strategy (carried out, not run: 科教兴国战略) nor an
     * anniversary (建党100周年), not one whose
     * spirit or decisions are studied (组织学习党的二十大精神), which 精神 after it or, for an event, a study verb
     * before it shows (a campaign's own name may hold one: 学习贯彻…主题教育).
     */
    private static boolean organizable(RelationContext ctx, Mention m, int verbEnd) {
        if (!isDrive(m)) return false;
        String text = ctx.speech().text();
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
        boolean studied = m.type() == EntityType.Event && STUDIED.foundIn(text.substring(verbEnd, m.start()));
        return !m.label().endsWith("战略") && !ANNIVERSARY.matcher(m.label()).find() && !studied
                && !SPIRIT_AFTER.matcher(after).lookingAt();
    }

    /**
     * An event or campaign, or a named reform read as a policy (供给侧结构性改革): the guideline makes named
     * reforms campaigns with policy as the alternative, and a reform is carried on over time by a body.
     */
    private static boolean isDrive(Mention m) {
        return m.type() == EntityType.Event || m.type() == EntityType.Campaign
                || (m.type() == EntityType.Policy && m.label().endsWith("改革"));
    }

    /**
     * A document whose title opens with a body (南开大学…办法, 《XX市委关于…》) names its issuer itself; the
     * author is not assumed to issue it too, unless that body is one of the author's own units.
     */
    private static boolean namesAnotherIssuer(RelationContext ctx, Mention doc, Mention author) {
        int open = doc.text().startsWith("《") ? doc.start() + 1 : doc.start();
        return ctx.inSentence().stream().filter(o -> o != doc && o.type() == EntityType.Organization
                && o.start() == open && doc.covers(o) && o.end() < doc.end())
                .max(Comparator.comparingInt(Mention::end))
                .filter(o -> !o.label().startsWith(author.label())).isPresent();
    }

    /**
     * The institution instead of its leading body as the owner of what the text calls the institution's own:
     * a title written after 学校/我校/本校 (修订学校《…办法》), a unit the author sets up (成立…领导小组).
     */
    private static Mention ownedByInstitution(RelationContext ctx, Mention thing, Mention subject) {
        if (ctx.institution().isEmpty() || !subject.equals(ctx.authorBody().orElse(null))) return subject;
        if (thing.type() == EntityType.Organization) return ctx.institution().get();
        String text = ctx.speech().text();
        int start = firstOfList(ctx, thing).start();
        String before = text.substring(Math.max(0, start - 2), start);
        boolean own = OWN_INSTITUTION.contains(before) || OWN_INSTITUTION.stream().anyMatch(thing.text()::startsWith);
        return own ? ctx.institution().get() : subject;
    }

    /** The first of a list of titles written one after another (《甲》《乙》, 《甲》和《乙》) that ends with this one. */
    private static Mention firstOfList(RelationContext ctx, Mention m) {
        String text = ctx.speech().text();
        Mention first = m;
        while (true) {
            int s = first.start();
            int edge = s > 0 && "、和及与".indexOf(text.charAt(s - 1)) >= 0 ? s - 1 : s;
            EntityType type = m.type();
            Optional<Mention> prev = ctx.inSentence().stream()
                    .filter(o -> o.type() == type && o.end() == edge && outermost(ctx, o)).findFirst();
            if (prev.isEmpty()) return first;
            first = prev.get();
        }
    }

    /** A campaign carried on under a body's leadership (主题教育在中央政治局常委会领导下开展) is organized by it. */
    private void ledBy(RelationContext ctx, List<RelationMention> out) {
        Scan.Hits h = LED_BY.in(ctx.sentence().text());
        while (h.find()) {
            int at = ctx.sentence().start() + h.start();
            int clauseStart = clauseStart(ctx, at);
            int clauseEnd = clauseEnd(ctx, at);
            String text = ctx.speech().text();
            ctx.inSentence().stream()
                    .filter(m -> m.type() == EntityType.Organization && outermost(ctx, m) && m.end() <= at
                            && LEADERSHIP_GAP.matcher(text.substring(m.end(), at)).matches()
                            && m.start() >= clauseStart + 1 && text.charAt(m.start() - 1) == '在')
                    .findFirst()
                    .ifPresent(body -> ctx.inSentence().stream()
                            .filter(c -> isDrive(c) && c.type() != EntityType.Policy && outermost(ctx, c)
                                    && c.start() >= clauseStart && c.end() <= clauseEnd && !c.covers(body))
                            .forEach(c -> out.add(ctx.relation(c, Relation.organizedBy, body, "led-by"))));
        }
    }

    /** A title written as the institution's own (结合学校《2021年度工作清单》) was issued by the institution. */
    private void ownTitles(RelationContext ctx, List<RelationMention> out) {
        if (ctx.institution().isEmpty()) return;
        String text = ctx.speech().text();
        for (Mention d : ctx.inSentence()) {
            if (d.type() != EntityType.Document || !outermost(ctx, d)) continue;
            int start = firstOfList(ctx, d).start();
            if (OWN_INSTITUTION.contains(text.substring(Math.max(0, start - 2), start))) {
                out.add(ctx.relation(d, Relation.issuedBy, ctx.institution().get(), "institution-own-title"));
            }
        }
    }

    /**
     * Units named in a sentence that go on to be in charge of a campaign (成立…领导小组…，负责主题教育的领导和
     * 指导) organize it.
     */
    private void inCharge(RelationContext ctx, List<RelationMention> out) {
        Scan.Hits h = IN_CHARGE.in(ctx.sentence().text());
        while (h.find()) {
            int at = ctx.sentence().start() + h.end();
            int clauseEnd = clauseEnd(ctx, at);
            List<Mention> campaigns = ctx.inSentence().stream()
                    .filter(c -> c.type() == EntityType.Campaign && outermost(ctx, c) && c.start() >= at && c.end() <= clauseEnd)
                    .toList();
            List<Mention> units = ctx.inSentence().stream()
                    .filter(u -> u.type() == EntityType.Organization && outermost(ctx, u) && u.end() <= at - 2
                            && UNIT.matcher(u.label()).matches())
                    .toList();
            campaigns.forEach(c -> units.forEach(u -> out.add(ctx.relation(c, Relation.organizedBy, u, "in-charge-of"))));
        }
    }

    private void establish(RelationContext ctx, List<RelationMention> out) {
        String s = ctx.sentence().text();
        Scan.Hits v = ESTABLISH.in(s);
        while (v.find()) {
            int vs = ctx.sentence().start() + v.start();
            int ve = ctx.sentence().start() + v.end();
            Optional<Mention> subj = subject(ctx, vs);
            ctx.inSentence().stream()
                    .filter(m -> m.type() == EntityType.Organization && m.start() >= ve
                            && outermost(ctx, m) && UNIT.matcher(m.label()).matches())
                    .findFirst()
                    .ifPresent(unit -> subj.ifPresent(p -> out.add(ctx.relation(unit, Relation.subOrganizationOf,
                            ownedByInstitution(ctx, unit, p), "establish-verb"))));
        }
        Scan.Hits d = SET_UNDER.in(s);
        while (d.find()) {
            int at = ctx.sentence().start() + d.start();
            Optional<Mention> parent = ctx.inSentence().stream()
                    .filter(m -> m.type() == EntityType.Organization && m.end() == at).findFirst();
            Optional<Mention> child = ctx.inSentence().stream()
                    .filter(m -> m.type() == EntityType.Organization && m.start() == at + 2).findFirst();
            if (parent.isPresent() && child.isPresent()) {
                out.add(ctx.relation(child.get(), Relation.subOrganizationOf, parent.get(), "set-under"));
            }
        }
    }

    private void deployed(RelationContext ctx, List<RelationMention> out) {
        String text = ctx.speech().text();
        for (Mention c : ctx.inSentence()) {
            if (c.type() != EntityType.Campaign || !outermost(ctx, c)) continue;
            if (DEPLOYED.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 8))).lookingAt()) {
                bodiesWrittenBefore(ctx, c).forEach(o -> out.add(ctx.relation(c, Relation.organizedBy, o, "deployed-by")));
            }
        }
        Scan.Hits dm = DECIDES.in(ctx.sentence().text());
        while (dm.find()) {
            int at = ctx.sentence().start() + dm.start();
            int clauseStart = clauseStart(ctx, at);
            Optional<Mention> subj = ctx.inSentence().stream()
                    .filter(m -> m.type() == EntityType.Organization && m.start() >= clauseStart && m.end() <= at && outermost(ctx, m))
                    .max(Comparator.comparingInt(Mention::end));
            if (subj.isEmpty() || subj.equals(ctx.authorBody()) || ownsTheDecision(ctx, subj.get(), at)) continue;
            ctx.inSentence().stream().filter(m -> m.type() == EntityType.Campaign && outermost(ctx, m))
                    .forEach(c -> out.add(ctx.relation(c, Relation.organizedBy, subj.get(), "decided-by")));
        }
    }

    /**
     * True when the body's decisions are what is carried out (贯彻党中央、国务院决策部署; 落实党中央关于…的决策部署):
     * written right before the decision, or right after a verb of carrying out. It is then not the one running
     * the campaigns the sentence goes on to list; the body that does the carrying out comes before that verb
     * (市委政法委认真贯彻落实…决策部署).
     */
    private static boolean ownsTheDecision(RelationContext ctx, Mention body, int decisionStart) {
        String text = ctx.speech().text();
        int end = body.end();
        for (Mention next = body; next != null; ) {
            end = next.end();
            int e = end;
            next = e < text.length() && "、和及与".indexOf(text.charAt(e)) >= 0
                    ? ctx.inSentence().stream().filter(o -> o.type() == EntityType.Organization && o.start() == e + 1).findFirst().orElse(null)
                    : null;
        }
        String between = text.substring(end, Math.max(end, decisionStart));
        int chainStart = body.start();
        for (Mention prev = body; prev != null; ) {
            chainStart = prev.start();
            int s0 = chainStart;
            prev = s0 > 0 && "、和及与".indexOf(text.charAt(s0 - 1)) >= 0
                    ? ctx.inSentence().stream().filter(o -> o.type() == EntityType.Organization && o.end() == s0 - 1).findFirst().orElse(null)
                    : null;
        }
        return between.isEmpty() || between.equals("的")
                || CARRIES_OUT.matcher(text.substring(Math.max(0, chainStart - 4), chainStart)).find();
    }

    /** Bodies listed right before a mention (区委、镇党委主题教育): a chain joined by 、和及与. */
    private static List<Mention> bodiesWrittenBefore(RelationContext ctx, Mention m) {
        List<Mention> out = new ArrayList<>();
        int edge = m.start();
        String text = ctx.speech().text();
        while (true) {
            final int e = edge;
            Optional<Mention> body = ctx.inSentence().stream()
                    .filter(o -> o.type() == EntityType.Organization && o.end() == e && outermost(ctx, o)).findFirst();
            if (body.isEmpty()) break;
            out.add(body.get());
            edge = body.get().start();
            if (edge > 0 && "、和及与".indexOf(text.charAt(edge - 1)) >= 0) edge--;
            else break;
        }
        return out;
    }

    /** The organization written just before {@code verbStart} in its clause, or the author body. */
    private static Optional<Mention> subject(RelationContext ctx, int verbStart) {
        int clauseStart = clauseStart(ctx, verbStart);
        Optional<Mention> explicit = ctx.inSentence().stream()
                .filter(m -> m.type() == EntityType.Organization && m.end() <= verbStart && m.start() >= clauseStart
                        && verbStart - m.end() <= MAX_SUBJECT_GAP && outermost(ctx, m))
                .max(Comparator.comparingInt(Mention::end));
        if (explicit.isPresent()) return explicit;
        boolean otherSubject = OTHER_SUBJECT.foundIn(ctx.speech().text().substring(clauseStart, verbStart));
        return otherSubject ? Optional.empty() : ctx.authorBody();
    }

    private static int clauseStart(RelationContext ctx, int at) {
        String text = ctx.speech().text();
        for (int i = at - 1; i >= ctx.sentence().start(); i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) return i + 1;
        }
        return ctx.sentence().start();
    }

    private static int clauseEnd(RelationContext ctx, int from) {
        String text = ctx.speech().text();
        for (int i = from; i < ctx.sentence().end(); i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) return i;
        }
        return ctx.sentence().end();
    }

    private static boolean insideMention(RelationContext ctx, int s, int e) {
        for (Mention m : ctx.inSentence()) {
            if (m.start() <= s && e <= m.end()) return true;
        }
        return false;
    }

    private static boolean outermost(RelationContext ctx, Mention m) {
        for (Mention o : ctx.inSentence()) {
            if (o != m && o.covers(m) && !m.covers(o)) return false;
        }
        return true;
    }
}
