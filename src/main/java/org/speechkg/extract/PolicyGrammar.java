package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Policies named by their head noun, with the name's left edge read from HanLP's tokens
 * ({@link NameEdge}): strategies (实施…战略, and each item of a list closed by 等战略), standing systems
 * carried out or built (落实…制度, 健全…制度), responsibility systems (…负责制, …责任制, …票决制, 河长制),
 * outlooks of the 大X观 shape (大食物观), and a person's spirit (焦裕禄精神). A head only names a
 * policy when a naming modifier precedes it: 国家战略, 规章制度 or 集中学习制度 are class nouns.
 */
public final class PolicyGrammar implements MentionRecognizer {
    private static final Scan STRATEGY = Scan.compile(
            "战略(?![\\p{IsHan}&&[^和及与等的、同取深走落实向为在是]])");
    private static final Scan SYSTEM = Scan.compile("制度(?!体系|机制|建设|优势|创新|改革|性|化|保障|执行|落实|安排|规定|文件|"
            + "框架|设计|笼子|型|规范|成果|自信|体制|完善|健全|环境|供给|集成|红利)");
    private static final Scan RESPONSIBILITY = Scan.compile("(负责制|责任制|票决制|问责制|[河湖林田路链]长制)");
    private static final Scan OUTLOOK = Scan.compile("(?<![\\p{IsHan}&&[^践行树立坚持好的和、]])大[\\p{IsHan}]{2}观(?![\\p{IsHan}&&[^、和与等，]])");
    /** The close of a list of strategies (…、…等战略); the list itself is read back from it. */
    private static final Scan LISTED_STRATEGIES = Scan.compile("等(?:重大|国家|区域)?战略");
    private static final Pattern LIST_CHAR = Pattern.compile("[\\p{IsHan}、]");
    private static final Pattern GENERIC_STRATEGY = Pattern.compile(
            "(国家|重大|总体|发展|长期|全局|这一|该|新|各项|有关|相关|学校|我校|企业|公司|人才|科技|国际|整体|中长期|战略|"
            + "竞争|经营|营销|品牌|文化|传播|防御|进攻|军事|对外|外交|合作|全球|地区|重要|一系列|系列|若干|多项|两大|三大|)+");
    private static final Pattern GENERIC_SYSTEM = Pattern.compile(
            "(各项|有关|相关|规章|管理|工作|学习|集中|内部|基本|根本|重要|重大|一系列|配套|长效|考核|评价|会议|议事|值班|"
            + "财务|报告|请示|党内|法规|法律|监督|这项|该|新|现行|各类|日常|例会|学校|单位|部门|民主|责任|保障|激励|约束|"
            + "奖惩|培训|督查|督办|通报|公示|备案|审批|登记|考勤|检查|联系|沟通|协调|会商|问责|追责|党建|组织|人事|干部|"
            + "教育|服务|安全|信息|公开|公开化|预警|应急|统计|档案|资产|经费|预算|收费|标准|规范|相应|一项|一套|一批|"
            + "常态化|规范化|制度化|定期|专项|一整套|完整|健全|科学|严格|严密|基础性|长期|村级|县级|市级|省级|校级|院级|"
            + "乡镇|街道|社区|村|)+");
    /** Verbs that carry out or build a standing rule (落实…制度, 健全…制度, 实施…战略). */
    static final Set<String> GOVERNING = Set.of("实施", "落实", "贯彻", "坚持", "推进", "执行", "服务", "融入", "对接",
            "围绕", "深化", "推动", "践行", "建立", "健全", "完善", "优化", "推行", "实行", "构建", "探索", "试行",
            "建立健全", "严格执行", "贯彻落实", "深入实施", "全面实施", "全面落实", "全面推行", "推进建立", "创新", "改革",
            "遵循", "遵守", "坚守", "严守", "弘扬", "发扬", "传承", "学习", "用于");
    private static final Set<String> LEADING = union(NameEdge.LEADING, Set.of("好"));
    /** A strategy may be named for innovation or reform (创新驱动发展战略): those verbs do not govern it. */
    private static final Set<String> GOVERNING_STRATEGY = GOVERNING.stream()
            .filter(v -> !v.equals("创新") && !v.equals("改革")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_NAME = 24;
    /** The words that may make a name governed by {@link #GOVERNING}: only systems must be governed, and only by these. */
    private static final NameEdge.Words GOVERNORS = NameEdge.governors(GOVERNING, LEADING);
    private static final Pattern CHIEF_SYSTEM = Pattern.compile("[河湖林田路链]长制");
    /** A modifier with a digit or a vague relation (compiled once: String.matches compiles on every call). */
    private static final Pattern NUMBERED_OR_RELATED = Pattern.compile(".*(\\d|相关|有关).*");

    @Override
    public String name() {
        return "policy-grammar";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        listedStrategies(ctx, out);
        headed(ctx, out, STRATEGY, GENERIC_STRATEGY, 2, false, GOVERNING_STRATEGY);
        headed(ctx, out, SYSTEM, GENERIC_SYSTEM, 4, true, GOVERNING);
        headed(ctx, out, RESPONSIBILITY, GENERIC_SYSTEM, 1, false, GOVERNING);
        Scan.Hits m = OUTLOOK.in(ctx.text());
        while (m.find()) {
            add(ctx, out, m.start(), m.end());
        }
        spirits(ctx, out);
        return out;
    }

    /** Names ending in {@code head} whose modifier is at least {@code min} characters and not generic. */
    private static void headed(SentenceContext ctx, List<Mention> out, Scan head, Pattern generic, int min,
                               boolean mustBeGoverned, Set<String> governing) {
        String s = ctx.text();
        Scan.Hits m = head.in(s);
        while (m.find()) {
            if (m.group().equals("长制") || CHIEF_SYSTEM.matcher(m.group()).matches()) {
                add(ctx, out, m.start(), m.end());
                continue;
            }
            if (mustBeGoverned && !NameEdge.mayBeGoverned(s, m.start(), MAX_NAME, GOVERNORS)) continue;
            if (neverAdded(ctx, out, m.start(), m.end())) continue; // whatever the edge: no need to segment the sentence
            NameEdge edge = NameEdge.of(s, m.start(), MAX_NAME, governing, LEADING);
            if (edge == null || (mustBeGoverned && !edge.governed())) continue;
            String modifier = Labels.canonical(s.substring(edge.start(), m.start()));
            if (modifier.length() < min || generic.matcher(modifier).matches() || NUMBERED_OR_RELATED.matcher(modifier).matches()
                    || modifier.endsWith("新") || curatedEndsHere(ctx, edge.start(), m.end())) continue;
            add(ctx, out, edge.start(), m.end());
        }
    }

    /** Each item of a list closed by 等战略 (西部大开发、东北全面振兴等战略) is a strategy. */
    private static void listedStrategies(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        Scan.Hits m = LISTED_STRATEGIES.in(s);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && LIST_CHAR.matcher(s.substring(from - 1, from)).matches()) from--;
            String list = s.substring(from, m.start());
            int firstComma = list.indexOf('、');
            if (firstComma < 0) continue;
            NameEdge edge = NameEdge.of(s, from + firstComma, MAX_NAME, GOVERNING, NameEdge.LEADING);
            int at = edge == null ? from : Math.max(from, edge.start());
            for (String item : s.substring(at, m.start()).split("、")) {
                if (item.length() >= 2 && item.length() <= 14 && !GENERIC_STRATEGY.matcher(item).matches()) {
                    add(ctx, out, at, at + item.length());
                }
                at += item.length() + 1;
            }
        }
    }

    /** A named person's spirit (焦裕禄精神, 雷锋精神): a doctrine, unlike an attitude (钉钉子精神). */
    private static void spirits(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        for (Mention p : ctx.soFar()) {
            int end = p.end() - ctx.sentence().start();
            if (p.type() == EntityType.Person && end >= 0 && s.startsWith("精神", end)) {
                add(ctx, out, p.start() - ctx.sentence().start(), end + 2);
            }
        }
    }

    /**
     * True when no name ending in the head at [start, end) can be added, wherever its edge: the head overlaps a
     * policy found here already, or a policy found before ends with it (a name starting before that policy is
     * {@link #curatedEndsHere}, one starting inside it lies inside a found policy), or a found policy or document
     * holds the whole window the name is read from.
     */
    private static boolean neverAdded(SentenceContext ctx, List<Mention> out, int start, int end) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        for (Mention o : out) {
            if (o.start() < ae && as < o.end()) return true;
        }
        int window = ctx.abs(Math.max(0, start - MAX_NAME));
        for (Mention o : ctx.soFar()) {
            if (o.type() == EntityType.Policy && o.end() == ae) return true;
            if ((o.type() == EntityType.Policy || o.type() == EntityType.Document) && o.start() <= window && ae <= o.end()) {
                return true;
            }
        }
        return false;
    }

    /** A curated policy already ends here (意识形态工作责任制): what precedes it is context, not name. */
    private static boolean curatedEndsHere(SentenceContext ctx, int start, int end) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        return ctx.soFar().stream().anyMatch(o -> o.type() == EntityType.Policy && o.end() == ae && o.start() > as);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static void add(SentenceContext ctx, List<Mention> out, int start, int end) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        if (out.stream().anyMatch(o -> o.start() < ae && as < o.end())
                || ctx.insideFound(as, ae, EntityType.Policy, EntityType.Document)) {
            return;
        }
        out.add(ctx.mention(EntityType.Policy, Labels.canonical(ctx.text().substring(start, end)), as, ae, "policy-grammar"));
    }
}
