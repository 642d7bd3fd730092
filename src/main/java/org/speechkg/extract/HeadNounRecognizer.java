package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Campaigns and events named by their head noun, with the name's left edge read from HanLP's tags
 * ({@link PhraseEdges#nameStart}) and the modifier judged by {@link NamingModifier}: meetings and gatherings
 * (…动员大会, …民主生活会, …峰会, …博览会, …运动会, 第N届…大会, 省委八届三次全会, 代表大会第N次会议), drives and
 * programmes (…学习教育, …专项行动, …攻坚战, …行动, …工程, …改革, …试点, …行动计划, …年活动), sub-batches
 * (第二批主题教育), congresses (党的十九大, 党的XX大 unmasked, 二十届三中全会), short forms of fairs and games
 * ({@link EventAbbreviations}: 进博会, 大运会), and a leader's compiled thought on a subject
 * (习近平总书记关于巡视工作的重要思想), which is a Policy.
 * A head followed by another head or by a body or document noun (…改革试点, …工程研究中心, …行动方案) is a
 * modifier of that longer phrase, not a name.
 */
public final class HeadNounRecognizer implements MentionRecognizer {
    private static final List<Head> HEADS = List.of(
            new Head(EntityType.Event, NamingModifier.Kind.NAMED, "代表大会第[一二三四五六七八九十]+次会议|动员大会|动员部署会|推进会|"
                    + "工作会议|座谈会|报告会|辅导报告会|宣讲会|研讨会|专题读书班|读书班|培训班|民主生活会|组织生活会|"
                    + "专题组织生活会|主题党日活动|主题党日|交流研讨|专题研讨|表彰大会|代表大会|全体会议|政治局会议|峰会|"
                    + "高峰论坛|博览会|交易会|洽谈会|运动会|技能大赛|大赛|电影节|艺术节|文化节|开学典礼|毕业典礼|典礼|会晤|系列会议|"
                    + "非正式会议|学术会议|交流会|推动会|反馈会|发布会|纪念会|纪念大会|庆祝大会|展示活动|纪念活动|主题展|专题党课"),
            new Head(EntityType.Event, NamingModifier.Kind.NAMED, "读书会|宣传周|宣传月|活动周|活动月|知识竞赛|专项培训|网络培训"),
            new Head(EntityType.Event, NamingModifier.Kind.COMPOUND, "大会|论坛|年会|比赛"),
            new Head(EntityType.Event, NamingModifier.Kind.EDITION, "全会|党代会|常委会会议|会议|集体学习"),
            new Head(EntityType.Campaign, NamingModifier.Kind.NAMED, "学习教育|主题教育|教育整顿|实践活动|专项行动|专项整治|"
                    + "专项斗争|集中整治|政治轮训|素质能力提升工程|提升工程|示范工程|民心工程|攻坚行动|专项治理|攻坚战|保卫战|"
                    + "三年行动计划|行动计划|三年行动|提升行动|专题教育|主题活动|年活动|专项排查整治"),
            new Head(EntityType.Campaign, NamingModifier.Kind.EDITION, "巡视|督察|学科评估"),
            new Head(EntityType.Campaign, NamingModifier.Kind.COMPOUND, "行动|工程|重大工程|运动"),
            new Head(EntityType.Campaign, NamingModifier.Kind.REFORM, "改革"),
            new Head(EntityType.Campaign, NamingModifier.Kind.PILOT, "试点"),
            new Head(EntityType.Campaign, NamingModifier.Kind.PLAN, "计划"));
    /** All heads, longest first, so that a scan takes the longest head at a position. */
    private static final Scan ANY_HEAD = Scan.compile("(" + String.join("|", HEADS.stream()
            .flatMap(h -> java.util.Arrays.stream(h.alternatives().split("\\|")))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")");
    /** What follows a head that makes it a modifier of a body, a document, a place or a person (…工程研究中心). */
    private static final Pattern MODIFIES_NEXT = Pattern.compile(
            "(领导小组|办公室|指挥部|专班|工作组|研究|中心|学院|实验室|方案|规划|纲要|意见|办法|细则|先行区|示范区|试验区|"
            + "城市|学校|项目|基金|开放|会|员|场|馆|室|纪要|堂|师|队|健儿|建设|委)");
    private static final Scan CONGRESS = Scan.compile(
            "党的(十[一二三四五六七八九]|二十|XX|ＸＸ)大(?!报告|精神实施)|(十[一二三四五六七八九]|二十)届[一二三四五六七八九]中全会");
    /** A leader's compiled thought on a subject (习近平总书记关于巡视工作的重要思想 / 重要论述). */
    private static final Scan DOCTRINE = Scan.compile(
            "(习近平|毛泽东|邓小平)(总书记|同志)?关于[\\p{IsHan}、]{2,24}?的重要(思想|论述)");
    /** A drive named by a formula of 大 and a verb, repeated (大学习大研讨, 大学习大培训大研讨), when it is carried out. */
    private static final Scan REPEATED_DA = Scan.compile("(?:大\\p{IsHan}{2}){2,3}");
    private static final Scan BATCH = Scan.compile("第[一二三四五六七八九十]批(主题教育|学习教育)");
    /** Heads that name a thing on their own; any other head needs a modifier (座谈会 alone is routine). */
    private static final Pattern NAMES_ALONE = Pattern.compile("民主生活会|组织生活会|读书班|主题党日|专题民主生活会|"
            + "专题组织生活会|机构改革|专题党课");
    private static final int MAX_MODIFIER = 30;
    /** An edition before a curated name names that edition (第三届一带一路国际合作高峰论坛). */
    private static final Pattern EDITION_PREFIX = Pattern.compile("第[一二三四五六七八九十百\\d]+[届次]");
    private final Gazetteer gazetteer;

    public HeadNounRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "head-noun";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        headed(ctx, out);
        out.addAll(EventAbbreviations.find(ctx, name()));
        Scan.Hits m = CONGRESS.in(s);
        while (m.find()) {
            String label = unmask(m.group(), ctx.speech());
            out.add(ctx.mention(EntityType.Event, label, ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = DOCTRINE.in(s);
        while (m.find()) {
            out.add(ctx.mention(EntityType.Policy, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = REPEATED_DA.in(s);
        while (m.find()) {
            if (PhraseEdges.nameStart(s, m.end(), MAX_MODIFIER) == m.start() && m.start() > 0
                    && Character.isIdeographic(s.charAt(m.start() - 1))) {
                out.add(ctx.mention(EntityType.Campaign, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
            }
        }
        m = BATCH.in(s);
        while (m.find()) {
            out.add(ctx.mention(EntityType.Campaign, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        return out;
    }

    /** Congresses unmasked lately, for the speech read last: unmasking reads the whole speech for its latest year. */
    private static final ThreadLocal<Object[]> UNMASKED = ThreadLocal.withInitial(() -> new Object[2]);

    @SuppressWarnings("unchecked")
    private static String unmask(String congress, org.speechkg.clean.CleanSpeech speech) {
        Object[] memo = UNMASKED.get();
        if (memo[0] != speech) {
            memo[0] = speech;
            memo[1] = new java.util.HashMap<String, String>();
        }
        return ((java.util.Map<String, String>) memo[1]).computeIfAbsent(congress, c -> Congresses.unmask(c, speech));
    }

    /**
     * True when the phrase only adds a local modifier to a curated name (政法单位主题教育): the curated
     * name is the mention, found by the gazetteer.
     */
    private boolean modifiesCuratedName(String label, EntityType type) {
        if (gazetteer.byName(label).isPresent()) {
            return false;
        }
        return gazetteer.find(label).stream().anyMatch(h -> h.end() == label.length() && h.start() > 0
                && h.entry().type() == type && !EDITION_PREFIX.matcher(label.substring(0, h.start())).matches());
    }

    /**
     * True when an earlier recognizer already found a longer name of the same type ending here: the phrase
     * edge cut it (深入贯彻中央八项规定精神学习教育 at 深入), or took its first body for a possessor (中央 in
     * 中央经济工作会议), and the cut form is no name of its own.
     */
    private static boolean insideLongerName(SentenceContext ctx, EntityType type, int start, int end) {
        return ctx.soFar().stream().anyMatch(o -> o.type() == type && o.end() == end && o.start() < start);
    }

    /**
     * True when a campaign found before lies inside the modifier and ends before the head: the clause says what
     * that campaign does (…实践活动贯穿学习教育), it does not name a new one.
     */
    private static boolean namesACampaignBefore(SentenceContext ctx, int start, int headStart) {
        return ctx.soFar().stream().anyMatch(o -> o.type() == EntityType.Campaign && o.start() >= start
                && o.end() < headStart && startsWithVerb(ctx.speech().text().substring(o.end(), headStart)));
    }

    private static boolean startsWithVerb(String text) {
        List<HanLpAdapter.Token> tokens = HanLpAdapter.segmentBackward(text);
        return !tokens.isEmpty() && tokens.get(0).tag().startsWith("v") && !tokens.get(0).tag().equals("vn");
    }

    /** A body written before the modifier is the possessor or subject (市委党史学习教育), not part of the name. */
    private static int afterLeadingBody(SentenceContext ctx, int start, int headStart) {
        int abs = ctx.abs(start);
        return ctx.soFar().stream()
                .filter(o -> o.type() == EntityType.Organization && o.start() == abs && o.end() <= ctx.abs(headStart))
                .mapToInt(o -> o.end() - ctx.sentence().start())
                .max().orElse(start);
    }

    /** A head noun of one type and how much it needs from its modifier. */
    private record Head(EntityType type, NamingModifier.Kind kind, String alternatives) {
        boolean is(String head) {
            return java.util.Arrays.asList(alternatives.split("\\|")).contains(head)
                    || (alternatives.startsWith("代表大会第") && head.startsWith("代表大会第"));
        }
    }

    private static final java.util.Map<String, Head> HEAD_OF = new java.util.concurrent.ConcurrentHashMap<>();

    private static Head headOf(String head) {
        return HEAD_OF.computeIfAbsent(head, w -> HEADS.stream().filter(h -> h.is(w)).findFirst().orElseThrow());
    }

    private void headed(SentenceContext ctx, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        candidates(ctx, found);
        found.stream().filter(m -> found.stream().noneMatch(o -> o != m && o.type() == m.type() && o.covers(m)
                && !m.covers(o))).forEach(out::add);
    }

    /** Every head with a naming modifier, not inside a document title found before (《…农民运动考察报告》). */
    private void candidates(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        HeadHits m = new HeadHits(s);
        while (m.find()) {
            Head head = headOf(m.group());
            if (continuesPastHead(s, m.end()) || !mayBeNamed(s, m.start(), head.kind())) {
                continue;
            }
            int start = PhraseEdges.nameStart(s, m.start(), MAX_MODIFIER, head.type() == EntityType.Event);
            if (head.kind() == NamingModifier.Kind.EDITION) {
                start = PhraseEdges.afterLastGoverningVerb(s, start, m.start());
            }
            if (head.type() == EntityType.Campaign) {
                start = afterLeadingBody(ctx, start, m.start());
            }
            start = Enumerations.firstItem(s, start, m.start());
            String label = Labels.canonical(s.substring(start, m.end()));
            boolean named = NAMES_ALONE.matcher(label).matches()
                    || NamingModifier.names(s.substring(start, m.start()), head.kind());
            if (!named || modifiesCuratedName(label, head.type())
                    || ctx.insideFound(ctx.abs(start), ctx.abs(m.end()), EntityType.Document)
                    || (head.type() == EntityType.Campaign && namesACampaignBefore(ctx, ctx.abs(start), ctx.abs(m.start())))
                    || insideLongerName(ctx, head.type(), ctx.abs(start), ctx.abs(m.end()))
                    || insideWord(s, m.start(), m.end())) { // last: it segments a substring, the costliest test
                continue;
            }
            out.add(ctx.mention(head.type(), label, ctx.abs(start), ctx.abs(m.end()), name()));
        }
    }

    /**
     * A cheap look at the text before the head, so that the tags are read only where a name may be: a session
     * needs its number close before it (八届三次全会), any other head a character of a name right before it.
     */
    private static boolean mayBeNamed(String s, int headStart, NamingModifier.Kind kind) {
        if (kind == NamingModifier.Kind.NAMED) {
            return true;
        }
        char before = headStart == 0 ? '，' : s.charAt(headStart - 1);
        return (Character.isIdeographic(before) || NAME_CHAR.indexOf(before) >= 0) && (kind != NamingModifier.Kind.EDITION
                || SESSION_NUMBER.matcher(s).region(Math.max(0, headStart - MAX_MODIFIER), headStart).find());
    }

    private static final String NAME_CHAR = "”\"+＋0123456789";
    private static final Pattern SESSION_NUMBER = Pattern.compile("[第届]");

    /**
     * True when HanLP reads the head as the start of a longer word (计划 in 计划生育): the head is then no head. A
     * word that begins before the head and ends inside it is not enough (体育运动|会, 旅游年|活动): heads are often
     * split so.
     */
    private static boolean insideWord(String s, int start, int end) {
        if (!dictionaryWordPastHead(s, start, end)) {
            return false;
        }
        int from = Math.max(0, start - 3);
        for (HanLpAdapter.Token t : HanLpAdapter.segment(s.substring(from, Math.min(s.length(), end + 3)))) {
            int a = from + t.offset();
            int b = a + t.word().length();
            if (a == start && b > end) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when HanLP's core dictionary holds a word that starts with the head and goes on one to three characters
     * past it: the only words {@link HanLpAdapter#segment} (no custom dictionary, no name recognition) can read
     * there, so without one the substring need not be segmented.
     */
    private static boolean dictionaryWordPastHead(String s, int start, int end) {
        int to = Math.min(s.length(), end + 3);
        for (int e = end + 1; e <= to; e++) {
            if (com.hankcs.hanlp.dictionary.CoreDictionary.contains(s.substring(start, e))) {
                return true;
            }
        }
        return false;
    }

    /** True when the head word goes on into a longer phrase: another head (…改革试点) or a body or document noun. */
    private static boolean continuesPastHead(String s, int end) {
        if (end >= s.length()) {
            return false;
        }
        return MODIFIES_NEXT.matcher(s).region(end, s.length()).lookingAt()
                || headEnd(s, end) >= 0;
    }

    /**
     * The heads by their first character, each list longest first: the order in which {@link #ANY_HEAD}'s
     * alternation tries them, so that the first that matches is the one the pattern takes. Reading them so is
     * much cheaper than the alternation of about a hundred words at every position.
     */
    private static final java.util.Map<Character, List<String>> HEADS_BY_FIRST = headsByFirst();
    private static final String NUMBERED_SESSION = "代表大会第";

    private static java.util.Map<Character, List<String>> headsByFirst() {
        java.util.Map<Character, List<String>> by = new java.util.HashMap<>();
        HEADS.stream().flatMap(h -> java.util.Arrays.stream(h.alternatives().split("\\|")))
                .filter(w -> !w.startsWith(NUMBERED_SESSION))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .forEach(w -> by.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w));
        return by;
    }

    /** End of the head {@link #ANY_HEAD} matches at {@code at} in {@code s}, or -1 when it matches none there. */
    private static int headEnd(String s, int at) {
        List<String> words = HEADS_BY_FIRST.get(s.charAt(at));
        if (words == null) {
            return -1;
        }
        if (s.startsWith(NUMBERED_SESSION, at)) { // 代表大会第[一二三四五六七八九十]+次会议, the longest alternative
            int j = at + NUMBERED_SESSION.length();
            while (j < s.length() && "一二三四五六七八九十".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j > at + NUMBERED_SESSION.length() && s.startsWith("次会议", j)) {
                return j + 3;
            }
        }
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return at + w.length();
            }
        }
        return -1;
    }

    /** The heads in a sentence, left to right and not overlapping, as {@code ANY_HEAD.in(s)} finds them. */
    private static final class HeadHits {
        private final String s;
        private int next;
        private int start = -1;
        private int end = -1;

        HeadHits(String s) {
            this.s = s;
        }

        boolean find() {
            for (int p = next; p < s.length(); p++) {
                int e = headEnd(s, p);
                if (e >= 0) {
                    start = p;
                    end = e;
                    next = e;
                    return true;
                }
            }
            next = s.length();
            return false;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String group() {
            return s.substring(start, end);
        }
    }
}
