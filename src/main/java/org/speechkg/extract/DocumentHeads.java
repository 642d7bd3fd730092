package org.speechkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Documents cited without 《》, read from their head noun (…规划, …方案, …办法, …清单, …条例, …法): the
 * name's left edge comes from HanLP's tags ({@link NameEdge}), and a head only names a document when the
 * rest is a naming modifier (not 实施方案, 整改方案, 有关规定) and the text treats it as a text: it is
 * drawn up, issued or carried out (制定…, 出台…, …颁布实施), its name carries a year, a plan period, a body or
 * a place, or it stands in a list beside such a text (A、B、C). Also 关于…的意见/通知/决定 written without
 * brackets, and a title-like subject before 的意见 after a governing verb (落实促进…的意见).
 */
final class DocumentHeads {
    private static final Scan HEAD = Scan.compile(
            "(规划纲要|方案|(?<!设计|统筹|科学|合理)规划|纲要|行动计划|实施意见|指导意见|指导性意见|若干意见|办法|条例|清单|目录|名录|细则|指引|指南|准则|若干措施|白皮书|发展报告|工作要点|法)"
            + "(?!建议|反馈|征求|设计|编制组|[处局院部办室科委馆司组式性法])");
    /** A law: …法 after a compound, not 方法, 办法, 执法, 依法, 违法…, and not 法治, 法律, 法规…. */
    private static final String NOT_LAW_BEFORE = "方办做想说看用手写执司依守违合非立普算语兵书技疗打玩干宪税护执章心政";
    private static final String NOT_LAW_AFTER = "治律规院庭官人制学理务定则典宝门术子度眼纪网";
    /** A modifier holding clause punctuation (compiled once: String.matches compiles on every call). */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile(".*[，。；：！？].*");
    private static final Pattern LAW_CONTEXT_AFTER = Pattern.compile("^(颁布|实施|施行|出台|修订|草案|正式|的(?:规定|颁布|实施|出台))");
    /** A list item whose head alone is not a document head: a tax policy listed beside catalogues and rules. */
    private static final Scan LIST_ONLY_HEAD = Scan.compile("政策(?=、)");
    /** Modifiers that only say what kind of plan it is: with these alone the head names nothing. */
    private static final Pattern GENERIC = Pattern.compile(
            "(有关|相关|上级|各项|各类|这个|这一|该|本|此|新|有效|工作|实施|整改|具体|专项|详细|落实|配套|管理|考核|评价|"
            + "行动|总体|年度|推进|建设|发展|应急|解决|处理|反馈|指导|指导性|改进|若干|负面|政策|任务|问题|责任|措施|"
            + "操作|执行|细化|处置|整治|差异化|系列|战略|分工|学习|培训|宣传|活动|方法|工作要点|目标|计划|长远|中长期|近期|三年|五年|一揽子|"
            + "监督|检查|奖励|激励|保障|服务|制度|规范|标准|预案|部署|安排|全面|综合|系统|整体|重点|重要|主要|基本|"
            + "上级部门|单位|部门|学校|我校|本校|全校|全市|全省|全县|全区|全国|国家|省|市|县|区|规划|人才|资金|项目|专业|"
            + "治疗|救治|设计|施工|技术|备选|投资|融资|分配|个性化|营销|预算|决算|)+");
    /** A modifier that ends in a quantifier of kinds (…系列办法, …相关清单) names a class of texts. */
    private static final Pattern OPEN_ENDED = Pattern.compile("(系列|若干|相关|有关|各类|各项|等)$");
    /** Verbs that govern a document (制定…方案, 出台…办法, 缩减…清单). */
    static final Set<String> GOVERNING = Set.of("制定", "出台", "印发", "颁布", "发布", "编制", "修订", "落实", "执行",
            "贯彻", "审定", "审议", "通过", "研究", "学习", "按照", "根据", "依据", "依照", "对照", "缩减", "扩大", "完善", "制订",
            "健全", "推动", "起草", "下发", "转发", "遵照", "遵守", "结合", "提出", "推出", "形成", "修改", "废止",
            "贯彻落实", "审议通过", "研究制定", "制定实施", "出台实施", "印发实施", "全面实施", "全面落实", "严格执行",
            "优化", "调整", "启动", "完成", "着眼", "围绕", "聚焦", "对标", "上报", "报送", "讨论", "征求", "涵盖", "更新", "审核", "审批");
    private static final Set<String> LEADING = union(NameEdge.LEADING, Set.of("全面", "全国首张", "全国首个", "首张", "首个", "一批", "学校", "我校", "本校", "全校", "好"));
    private static final NameEdge.Words GOVERNORS = NameEdge.governors(GOVERNING, LEADING);
    /** What follows a document when it is issued or carried out (…规划完成编制, …法颁布实施). */
    private static final Pattern ISSUED_AFTER = Pattern.compile(
            "^(?:正式|全面|已|已经|相继|先后)?(?:出台|印发|颁布|实施|施行|完成编制|编制|发布|获批|落地|出炉|修订|审议通过|研究)");
    /** A year, a plan period, a numbered plan: these name a plan (2021年度工作要点, 十四五规划). */
    private static final Pattern DATED = Pattern.compile("\\d{4}|[十二][一二三四五六七八九]?五|年度|关于");
    private static final Scan ABOUT = Scan.compile(
            "关于[^，。；：！？“”《》〈〉\\n]{2,40}?的(实施意见|指导意见|若干意见|意见|通知|决定|决议|规定|实施办法|办法|实施方案|"
            + "工作方案|方案|文件|若干措施|措施|实施细则|细则)(?!建议|反馈|精神)");
    private static final Scan TITLE_LIKE = Scan.compile(
            "(?:落实|贯彻|印发|出台|制定|执行)((?:促进|加快|加强|推进|推动|深化|进一步|支持|完善|健全|做好|全面)"
            + "[^，。；：！？“”《》、的\\n]{4,30}的(?:实施意见|指导意见|若干意见|意见|决定|通知))(?!建议|反馈|精神)");
    /** Words every match of {@link #TITLE_LIKE} holds (one of them). */
    private static final String[] TITLE_LIKE_WORDS = {"意见", "决定", "通知"};
    private static final int MAX_NAME = 30;

    private DocumentHeads() {}

    /** The documents named by head noun, 关于…的 or a title-like subject in the sentence. */
    static void find(SentenceContext ctx, String recognizer, List<Mention> out) {
        String s = ctx.text();
        if (s.contains("关于")) addAll(ctx, out, ABOUT, 0, recognizer); // every match holds 关于
        if (DocumentRecognizer.containsAny(s, TITLE_LIKE_WORDS)) addAll(ctx, out, TITLE_LIKE, 1, recognizer);
        List<int[]> candidates = new ArrayList<>();
        List<Boolean> accepted = new ArrayList<>();
        collect(ctx, HEAD, out, candidates, accepted);
        collect(ctx, LIST_ONLY_HEAD, out, candidates, accepted);
        acceptLongLists(s, candidates, accepted);
        spreadAlongLists(s, candidates, accepted);
        for (int i = 0; i < candidates.size(); i++) {
            int[] c = candidates.get(i);
            if (accepted.get(i) && c[2] == 0) {
                add(ctx, out, c[0], c[1], recognizer);
            }
        }
    }

    private static void addAll(SentenceContext ctx, List<Mention> out, Scan scan, int group, String recognizer) {
        Scan.Hits m = scan.in(ctx.text());
        while (m.find()) {
            add(ctx, out, m.start(group), m.end(group), recognizer);
        }
    }

    private static void add(SentenceContext ctx, List<Mention> out, int start, int end, String recognizer) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        boolean taken = out.stream().anyMatch(o -> o.start() < ae && as < o.end())
                || ctx.soFar().stream().anyMatch(o -> o.type() == EntityType.Document && o.start() <= as && ae <= o.end());
        if (!taken) {
            out.add(ctx.mention(EntityType.Document, Labels.canonical(ctx.text().substring(start, end)), as, ae, recognizer));
        }
    }

    /**
     * Candidates {start, end, listOnly(0/1)} for every head: accepted when named and treated as a text;
     * kept unaccepted (for lists) when named only.
     */
    private static void collect(SentenceContext ctx, Scan head, List<Mention> out, List<int[]> candidates,
                                List<Boolean> accepted) {
        String s = ctx.text();
        Scan.Hits m = head.in(s);
        boolean listOnly = head == LIST_ONLY_HEAD;
        while (m.find()) {
            if (m.start() == 0 || !wordHead(s.charAt(m.start() - 1))) continue;
            boolean law = m.group().equals("法");
            if (law && !lawShape(s, m.start(), m.end())) continue;
            boolean issuedAfter = ISSUED_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
            if (!listOnly && !issuedAfter && !NameEdge.mayBeGoverned(s, m.start(), MAX_NAME, GOVERNORS)
                    && (law || !mayBeNamed(ctx, m.start()) && !mayBeListed(s, m.start(), m.end()))) {
                continue; // neither issued nor named nor in a list, whatever the edge: no need to segment the sentence
            }
            if (!listOnly && overlapsFound(ctx, out, m.start(), m.end()) && !mayBeListed(s, m.start(), m.end())) {
                continue; // inside a title found already (《…条例》): never added, and beside no other in a list
            }
            NameEdge edge = NameEdge.of(s, m.start(), MAX_NAME, GOVERNING, LEADING);
            if (edge == null) continue;
            String modifier = s.substring(edge.start(), m.start());
            String bare = Labels.canonical(modifier);
            if (bare.length() < 3 || GENERIC.matcher(bare).matches() || CLAUSE_PUNCTUATION.matcher(bare).matches()
                    || OPEN_ENDED.matcher(bare).find()) continue;
            if (!law && GENERIC.matcher(withoutBodies(ctx, edge.start(), m.start())).matches()) continue;
            if (m.group().equals("行动计划") && modifier.contains("”")) continue; // a quoted drive's plan is the drive
            boolean named = DATED.matcher(modifier).find() || hasBodyOrPlace(ctx, edge.start(), m.start());
            boolean issued = edge.governed() || issuedAfter;
            if (law && !issued) continue;
            candidates.add(new int[] {edge.start(), m.end(), listOnly ? 1 : 0});
            accepted.add(!listOnly && (issued || named));
        }
    }

    /** …法 after a compound of its own (海南自由贸易港法), not a word ending in 法 (方法, 执法) nor 法 opening one (法治). */
    private static boolean lawShape(String s, int start, int end) {
        return (start == 0 || NOT_LAW_BEFORE.indexOf(s.charAt(start - 1)) < 0)
                && (end == s.length() || NOT_LAW_AFTER.indexOf(s.charAt(end)) < 0);
    }

    /** What may stand before a head: a Chinese character or a closing quote (what [\\p{IsHan}”] matches). */
    private static boolean wordHead(char c) {
        return c == '”' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }


    /** True when the head at [start, end) overlaps a mention found already: no name ending in it is added then. */
    private static boolean overlapsFound(SentenceContext ctx, List<Mention> out, int start, int end) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        for (Mention o : out) {
            if (o.start() < ae && as < o.end()) return true;
        }
        return false;
    }

    /**
     * False only when a name ending at the head at {@code headStart} cannot be named (by a year, a plan period,
     * 关于, a body or a place), wherever its edge: the name lies inside the window before the head.
     */
    private static boolean mayBeNamed(SentenceContext ctx, int headStart) {
        int from = Math.max(0, headStart - MAX_NAME);
        if (DATED.matcher(ctx.text()).region(from, headStart).find()) return true;
        int as = ctx.abs(from);
        int ae = ctx.abs(headStart);
        for (Mention o : ctx.soFar()) {
            if ((o.type() == EntityType.Organization || o.type() == EntityType.Place) && as <= o.start() && o.end() <= ae) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when the candidate ending at {@code end} cannot stand beside another in a list (A、B): no 、
     * follows it, and none stands right before a start its edge may take.
     */
    private static boolean mayBeListed(String s, int headStart, int end) {
        if (end < s.length() && s.charAt(end) == '、') return true;
        int from = Math.max(0, headStart - MAX_NAME);
        for (int p = Math.max(0, from - 1); p < headStart - 1; p++) {
            if (s.charAt(p) == '、') return true;
        }
        return false;
    }

    /** The modifier with the bodies and places found in it taken out (党中央工作方案 → 工作). */
    private static String withoutBodies(SentenceContext ctx, int start, int end) {
        StringBuilder b = new StringBuilder(ctx.text().substring(start, end));
        int base = ctx.sentence().start();
        ctx.soFar().stream().filter(o -> (o.type() == EntityType.Organization || o.type() == EntityType.Place)
                        && ctx.abs(start) <= o.start() && o.end() <= ctx.abs(end))
                .sorted(java.util.Comparator.comparingInt(Mention::start).reversed())
                .forEach(o -> b.delete(o.start() - base - start, o.end() - base - start));
        return Labels.canonical(b.toString());
    }

    private static boolean hasBodyOrPlace(SentenceContext ctx, int start, int end) {
        int as = ctx.abs(start);
        int ae = ctx.abs(end);
        return ctx.soFar().stream().anyMatch(o -> (o.type() == EntityType.Organization || o.type() == EntityType.Place)
                && as <= o.start() && o.end() <= ae);
    }

    /**
     * Items of one list (A、B、C, written side by side with 、) share their standing: when one item is
     * accepted as a document, so is every named item of the list, and a list-only head (…政策) in it counts.
     */
    private static void spreadAlongLists(String s, List<int[]> candidates, List<Boolean> accepted) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < candidates.size(); i++) {
                if (accepted.get(i)) continue;
                for (int j = 0; j < candidates.size(); j++) {
                    if (accepted.get(j) && adjacent(s, candidates.get(i), candidates.get(j))) {
                        accepted.set(i, true);
                        candidates.get(i)[2] = 0;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /** A list of three or more items with document heads (A目录、B清单、C办法) is a list of documents. */
    private static void acceptLongLists(String s, List<int[]> candidates, List<Boolean> accepted) {
        for (int i = 0; i < candidates.size(); i++) {
            List<Integer> chain = new ArrayList<>(List.of(i));
            for (int j = 0; j < candidates.size(); j++) {
                for (int k : List.copyOf(chain)) {
                    if (!chain.contains(j) && adjacent(s, candidates.get(j), candidates.get(k))) chain.add(j);
                }
            }
            if (chain.stream().filter(k -> candidates.get(k)[2] == 0).count() >= 3) {
                chain.forEach(k -> {
                    accepted.set(k, true);
                    candidates.get(k)[2] = 0;
                });
            }
        }
    }

    private static boolean adjacent(String s, int[] a, int[] b) {
        return (a[1] < s.length() && a[1] + 1 == b[0] && s.charAt(a[1]) == '、')
                || (b[1] < s.length() && b[1] + 1 == a[0] && s.charAt(b[1]) == '、');
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
