package org.speechkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;
import java.util.stream.Collectors;

/**
 * Names the text sets in quotation marks (“…”), typed by their head or by the noun that follows them:
 * <ul>
 *   <li>an event head (…报告会, …宣传月, 第X个…) → Event; a campaign head (…行动, …工程, …基层行) or a
 *       following 实践活动/主题活动/行动 → Campaign (the following noun joins the name);</li>
 *   <li>a policy head (…制度, …机制, …模式, …经验) or a following 理念/要求/作风/原则/机制/模式/制度 → Policy;</li>
 *   <li>numbered formulas (两个确立, 三会一课, 一岗双责, 1331) and parallel lists of three or more short
 *       phrases (学思想、强党性、重实践、建新功) → Policy.</li>
 * </ul>
 * Quotations that are speech (“要…”), ordinary metaphors, plan periods and holidays (四梁八柱, 最后一公里,
 * 十四五, 七一: {@code numeral-idioms.txt}), common nouns of HanLP's dictionary (二传手, 一把手), an
 * ordinal with a one-character noun (第一课) and vessel or satellite names (…一号) are not formulas.
 */
public final class QuotedNameRecognizer implements MentionRecognizer {
    private static final Scan QUOTED = Scan.compile("[“\"]([^“”\"\\n]{2,30})[”\"]");
    private static final Pattern EVENT_HEAD = Pattern.compile(
            "(大会|会议|报告会|座谈会|宣讲会|研讨会|推进会|生活会|读书班|培训班|宣传月|宣传周|活动月|活动周|开放日|主题党日)$");
    /** The other way {@link #EVENT_HEAD} is read: an ordinal opening the text (第X个…). */
    private static final Pattern EVENT_ORDINAL = Pattern.compile("^第[一二三四五六七八九十\\d]+[个届次]");
    private static final Pattern CAMPAIGN_HEAD = Pattern.compile(
            "(行动|工程|基层行|专项斗争|攻坚战|学习教育|教育整顿|实践活动|主题活动|改革|运动|创建)$");
    private static final Pattern POLICY_HEAD = Pattern.compile("(制度|机制|模式|经验|理念|思想|路线|责任制|负责制|票决制|工作法|体系|方针)$");
    private static final Pattern CAMPAIGN_AFTER = Pattern.compile("^(实践活动|主题活动|专项行动|三年行动计划|行动计划|行动|工程|系列活动|活动)");
    private static final Pattern CAMPAIGN_AFTER_BARE = Pattern.compile("^(工作|建设|活动)");
    private static final Pattern POLICY_AFTER_JOINED = Pattern.compile("^(工作目标|模式|机制|工作法|战略(?![\\p{IsHan}&&[^和及与等]]))");
    private static final Pattern POLICY_AFTER_BARE = Pattern.compile("^(理念|要求|作风|原则|方针|标准|思路|目标|制度)");
    private static final Pattern SHORT_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9+＋、]{2,16}");
    private static final Pattern NUMERAL = Pattern.compile("[一二两三四五六七八九十百千双\\d]");
    private static final Pattern FORMULA = Pattern.compile(
            "^(?:[一二两三四五六七八九十百千双\\d][个项条大]?\\p{IsHan}{1,4}){1,3}$|^\\d[\\d+＋N]{1,8}$|^\\p{IsHan}{1,3}[一二两三四五六七八九十][\\p{IsHan}]{1,3}$");
    /** An ordinal and a one-character noun (第一课, 第一步): a phrase, not a formula (第一议题 is one). */
    private static final Pattern ORDINAL_NOUN = Pattern.compile("^第[一二三四五六七八九十]+\\p{IsHan}$");
    private static final Pattern LIST = Pattern.compile("^(?:[\\p{IsHan}]{2,8}、){2,}[\\p{IsHan}]{2,8}$");
    /** Two parallel phrases of equal length (按季抓、月跟踪), or one-character watchwords (深、实、细、准、效). */
    private static final Pattern PAIR = Pattern.compile("^([\\p{IsHan}]{3,6})、([\\p{IsHan}]{3,6})$|^(?:[\\p{IsHan}]、){2,}[\\p{IsHan}]$");
    /** What a watchword pair must be named as to count: a mechanism, model, practice or rule (…机制, 等经验做法). */
    private static final Pattern PAIR_CONTEXT = Pattern.compile(
            "[^，。；]{0,6}?(?:机制|模式|经验|做法|制度|工作法|[一二三四五六七八九十]字诀)");
    /** A numbered set of articles (二十条, 国十条): a document, named with the modifier written before it. */
    private static final Pattern ARTICLES = Pattern.compile("^[一二三四五六七八九十百国新]+条$");
    /** Phrases joined by + (基层党建+网格化治理, 证照联办+免申即享): a coined formula; two-character pairs (坐诊+巡诊) only describe. */
    private static final Pattern PLUS = Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{3,10}(?:[+＋][\\p{IsHan}A-Za-z0-9]{1,10})+$");
    /** A quoted title with a document head (“高校教师行为十项准则”). */
    private static final Pattern DOCUMENT_HEAD = Pattern.compile("\\p{IsHan}{4,}(准则|条例|规定|办法|意见|方案|规划|纲要|细则|清单|守则)$");
    /** A count of shortcomings (六个不足, 三个差距) names problems, not a formula to follow. */
    private static final Pattern PROBLEMS = Pattern.compile("(不足|问题|短板|差距|弱项|难题)$");
    /** A formula that only qualifies a class noun after it (“两新”组织, “两头在外”业务) is no name of its own. */
    private static final Pattern CLASS_AFTER = Pattern.compile("^(组织|企业|单位|人员|群体|数据|业务|对象|家庭)");
    private static final Pattern SPEECH = Pattern.compile("^(要|我们|必须|坚持|不断|努力|把|让|使|在|对|是)");
    /** Joined heads whose name also takes the modifier written before the quote (网格化“1+1+N”机制). */
    private static final Pattern MODIFIED = Pattern.compile("模式|机制");
    private static final int MAX_MODIFIER = 8;
    private static final Set<String> IDIOMS = loadIdioms();

    @Override
    public String name() {
        return "quoted-name";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        Scan.Hits m = QUOTED.in(s);
        while (m.find()) {
            String q = m.group(1).strip();
            if (IDIOMS.contains(q) || q.contains("，") || q.contains("。") || q.endsWith("号") || endsIn(PROBLEMS, q, 2)) continue;
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 8));
            if (ctx.insideFound(ctx.abs(m.start()), ctx.abs(m.end()), EntityType.Policy)) continue;
            if (curated(ctx, ctx.abs(m.start(1)), ctx.abs(m.end(1)))) continue; // “揭榜挂帅”机制 is 揭榜挂帅
            if (ARTICLES.matcher(q).matches()) {
                int start = PhraseEdges.leftEdge(s, m.start(), MAX_MODIFIER);
                out.add(ctx.mention(EntityType.Document, Labels.canonical(s.substring(start, m.end())), ctx.abs(start), ctx.abs(m.end()), name()));
                continue;
            }
            classify(q, after).ifPresent(c -> {
                int start = c.joined() && MODIFIED.matcher(c.suffix()).matches()
                        ? PhraseEdges.leftEdge(s, m.start(), MAX_MODIFIER) : m.start(1);
                int end = c.joined() ? m.end() + c.suffix().length() : m.end(1);
                out.add(ctx.mention(c.type(), Labels.canonical(s.substring(start, end)), ctx.abs(start), ctx.abs(end), name()));
            });
        }
        return out;
    }

    /** How a quoted text is typed: its type, and a following noun that joins the name (or ""). */
    record Kind(EntityType type, String suffix, boolean joined) {}

    static Optional<Kind> classify(String q, String after) {
        if (endsIn(EVENT_HEAD, q, 4) || EVENT_ORDINAL.matcher(q).lookingAt()) return kind(EntityType.Event);
        if (endsIn(CAMPAIGN_HEAD, q, 4)) return kind(EntityType.Campaign);
        Matcher ca = CAMPAIGN_AFTER.matcher(after);
        if (ca.lookingAt()) return Optional.of(new Kind(EntityType.Campaign, ca.group(), true));
        if (endsIn(POLICY_HEAD, q, 3) && q.length() >= (q.endsWith("思想") ? 6 : 4)) return kind(EntityType.Policy);
        Matcher pj = POLICY_AFTER_JOINED.matcher(after);
        boolean formula = FORMULA.matcher(q).matches() && NUMERAL.matcher(q).find()
                && !ORDINAL_NOUN.matcher(q).matches() && !HanLpAdapter.isCommonNoun(q);
        if (pj.lookingAt() && (formula || SHORT_NAME.matcher(q).matches())) {
            return Optional.of(new Kind(EntityType.Policy, pj.group(), true));
        }
        if (POLICY_AFTER_BARE.matcher(after).lookingAt() && !SPEECH.matcher(q).lookingAt() && q.length() >= 3 && q.length() <= 16) {
            return kind(EntityType.Policy);
        }
        if (LIST.matcher(q).matches()) return kind(EntityType.Policy);
        if (PLUS.matcher(q).matches()) return kind(EntityType.Policy);
        if (DOCUMENT_HEAD.matcher(q).matches()) return kind(EntityType.Document);
        if (PAIR.matcher(q).matches() && pairIsParallel(q) && PAIR_CONTEXT.matcher(after).lookingAt()) return kind(EntityType.Policy);
        if (formula && CLASS_AFTER.matcher(after).lookingAt()) return Optional.empty();
        if (formula) {
            return CAMPAIGN_AFTER_BARE.matcher(after).lookingAt() && after.startsWith("建设")
                    ? kind(EntityType.Campaign) : kind(EntityType.Policy);
        }
        return Optional.empty();
    }

    /**
     * {@code head.matcher(q).find()} for a pattern of words at the end ({@code (…)$}, words of at most
     * {@code longest} characters, no look-behind): such a match starts in the last {@code longest} characters,
     * or two more before a final line break, so only those are searched, not every position of {@code q}.
     */
    private static boolean endsIn(Pattern head, String q, int longest) {
        return head.matcher(q).useAnchoringBounds(false).region(Math.max(0, q.length() - longest - 2), q.length()).find();
    }

    /** True when a curated name (gazetteer) is exactly the quoted text: it is the name, found already. */
    private static boolean curated(SentenceContext ctx, int start, int end) {
        return ctx.soFar().stream().anyMatch(o -> o.start() == start && o.end() == end && o.recognizer().equals("gazetteer"));
    }

    private static boolean pairIsParallel(String q) {
        String[] items = q.split("、");
        return items.length > 2 || items[0].length() == items[1].length();
    }

    private static Optional<Kind> kind(EntityType t) {
        return Optional.of(new Kind(t, "", false));
    }

    private static Set<String> loadIdioms() {
        var in = QuotedNameRecognizer.class.getResourceAsStream("/extract/numeral-idioms.txt");
        if (in == null) return Set.of();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
