package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Campaigns and events named by their head noun, with the modifier read back to the phrase edge
 * ({@link PhraseEdges}): meetings (…动员大会, …专题读书班, …民主生活会, …交流研讨, 主题党日), drives
 * (…学习教育, …教育整顿, …实践活动, …专项行动, …工程, …政治轮训), sub-batches (第二批主题教育),
 * congresses (党的十九大, 党的XX大 unmasked, 二十届三中全会), and a leader's compiled thought on a
 * subject (习近平总书记关于巡视工作的重要思想), which is a Policy.
 */
public final class HeadNounRecognizer implements MentionRecognizer {
    private static final Scan EVENT_HEAD = Scan.compile(
            "(动员大会|动员部署会|推进会|工作会议|座谈会|报告会|辅导报告会|宣讲会|研讨会|专题读书班|读书班|培训班|"
            + "民主生活会|组织生活会|专题组织生活会|主题党日活动|主题党日|交流研讨|专题研讨|表彰大会|代表大会|全体会议|常委会会议)");
    private static final Scan CAMPAIGN_HEAD = Scan.compile(
            "(学习教育|主题教育|教育整顿|实践活动|专项行动|专项整治|专项斗争|集中整治|政治轮训|素质能力提升工程|提升工程|示范工程|民心工程)");
    private static final Scan CONGRESS = Scan.compile(
            "党的(十[一二三四五六七八九]|二十|XX|ＸＸ)大(?!报告|精神实施)|(十[一二三四五六七八九]|二十)届[一二三四五六七八九]中全会");
    /** A leader's compiled thought on a subject (习近平总书记关于巡视工作的重要思想 / 重要论述). */
    private static final Scan DOCTRINE = Scan.compile(
            "(习近平|毛泽东|邓小平)(总书记|同志)?关于[\\p{IsHan}、]{2,24}?的重要(思想|论述)");
    private static final Scan BATCH = Scan.compile("第[一二三四五六七八九十]批(主题教育|学习教育)");
    /** Heads that name a thing on their own; any other head needs a modifier (座谈会 alone is routine). */
    private static final Pattern NAMES_ALONE = Pattern.compile("民主生活会|组织生活会|读书班|主题党日");
    /**
     * Modifiers that only say a meeting's scale, kind or season (国际研讨会, 省级理论研讨会, 暑期工作会议) or
     * that it was held (开座谈会): with one of these alone the head names nothing.
     */
    private static final Pattern GENERIC_MODIFIER = Pattern.compile(
            "(国际|国内|全国性|省级|市级|县级|理论|学术|专家|高端|大型|小型|线上|线下|有关|相关|年度|季度|月度|日常|例行|"
            + "定期|暑期|寒假|开)+");
    private static final int MAX_MODIFIER = 30;
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
        headed(ctx, out, EVENT_HEAD, EntityType.Event);
        headed(ctx, out, CAMPAIGN_HEAD, EntityType.Campaign);
        Scan.Hits m = CONGRESS.in(s);
        while (m.find()) {
            String label = Congresses.unmask(m.group(), ctx.speech());
            out.add(ctx.mention(EntityType.Event, label, ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = DOCTRINE.in(s);
        while (m.find()) {
            out.add(ctx.mention(EntityType.Policy, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = BATCH.in(s);
        while (m.find()) {
            out.add(ctx.mention(EntityType.Campaign, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        return out;
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
                && h.entry().type() == type);
    }

    /**
     * True when an earlier recognizer already found a longer name of the same type ending here: the phrase
     * edge cut it (深入贯彻中央八项规定精神学习教育 at 深入), or took its first body for a possessor (中央 in
     * 中央经济工作会议), and the cut form is no name of its own.
     */
    private static boolean insideLongerName(SentenceContext ctx, EntityType type, int start, int end) {
        return ctx.soFar().stream().anyMatch(o -> o.type() == type && o.end() == end && o.start() < start);
    }

    /** A body written before the modifier is the possessor or subject (市委党史学习教育), not part of the name. */
    private static int afterLeadingBody(SentenceContext ctx, int start, int headStart) {
        int abs = ctx.abs(start);
        return ctx.soFar().stream()
                .filter(o -> o.type() == EntityType.Organization && o.start() == abs && o.end() <= ctx.abs(headStart))
                .mapToInt(o -> o.end() - ctx.sentence().start())
                .max().orElse(start);
    }

    private void headed(SentenceContext ctx, List<Mention> out, Scan head, EntityType type) {
        String s = ctx.text();
        Scan.Hits m = head.in(s);
        while (m.find()) {
            int start = afterLeadingBody(ctx, PhraseEdges.leftEdge(s, m.start(), MAX_MODIFIER), m.start());
            String label = Labels.canonical(s.substring(start, m.end()));
            boolean bare = start == m.start() || GENERIC_MODIFIER.matcher(s.substring(start, m.start())).matches();
            if ((bare && !NAMES_ALONE.matcher(label).matches()) || modifiesCuratedName(label, type)
                    || insideLongerName(ctx, type, ctx.abs(start), ctx.abs(m.end()))) {
                continue;
            }
            out.add(ctx.mention(type, label, ctx.abs(start), ctx.abs(m.end()), name()));
        }
    }
}
