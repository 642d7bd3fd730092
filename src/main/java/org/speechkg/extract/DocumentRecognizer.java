package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Documents: every title in 《…》; named reports cited without brackets (党的二十大报告, 政府工作报告);
 * plans or opinions named as what a step follows (按照…方案要求); rules named as what is enacted or
 * executed (严格执行…工作细则); and implementing rules elided after their parent (中央八项规定和实施细则
 * → 中央八项规定实施细则). A masked congress number (党的XX大报告)
 * is read as the congress the speech's years point to, see {@link Congresses}. Documents named by their
 * head noun without brackets (制定…发展规划, …法颁布实施, 关于…的意见) are read by {@link DocumentHeads}.
 * The speech's own title (its first line, 政府工作报告) is not a document it cites.
 */
public final class DocumentRecognizer implements MentionRecognizer {
    private static final Pattern GENERIC =
            Pattern.compile("(有关|相关|上级|工作|实施|整改|具体|各项)*(方案|意见|规定|办法|通知|细则|条例|决定|规划|纲要)");
    private static final Scan TITLE = Scan.compile("《([^《》\\n]{1,80})》");
    private static final Scan REPORT = Scan.compile(
            "(党的(?:[一二三四五六七八九十]{1,3}|XX|ＸＸ)大(?:大)?报告|政府工作报告|“?(?:七一|五四|八一|一二九)”?(?:重要)?讲话|(?:十[一二三四五六七八九]|二十)届[一二三四五六七八九]中全会(?:决定|公报))");
    private static final Scan FOLLOWS = Scan.compile(
            "(?:按照|根据|依据|对照|落实)([\\p{IsHan}0-9XＸ]{2,24}?(?:方案|意见|规定|办法|通知|细则|条例|决定|规划|纲要))(?:的)?(?:要求|部署|规定)");

    private static final Scan ENACTED = Scan.compile(
            "(?:执行|制定|印发|出台|制发|修订|学习|落实)(?:了)?([\\p{IsHan}]{2,20}?(?:工作细则|实施细则|实施办法|管理办法|工作规则|工作条例|暂行规定))(?![\\p{IsHan}&&[^，。；、和及]])");
    /** Words every match of {@link #REPORT}, {@link #ENACTED} and {@link #FOLLOWS} holds (one of them). */
    private static final String[] REPORT_WORDS = {"报告", "讲话", "中全会"};
    private static final String[] ENACTED_WORDS = {"细则", "办法", "规则", "条例", "规定"};
    private static final String[] FOLLOWS_WORDS = {"要求", "部署", "规定"};
    private static final Scan COORDINATED_RULES = Scan.compile("(?:和|及|及其)(实施细则|实施办法|实施意见|实施条例)");

    @Override
    public String name() {
        return "document-grammar";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        Scan.Hits m = TITLE.in(s);
        while (m.find()) {
            out.add(ctx.mention(EntityType.Document, Congresses.unmask(Labels.canonical(m.group(1)), ctx.speech()),
                    ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        if (containsAny(s, REPORT_WORDS)) {
            m = REPORT.in(s);
            while (m.find()) {
                String label = Labels.canonical(Congresses.unmask(m.group(1).replace("大大报告", "大报告"), ctx.speech()));
                out.add(ctx.mention(EntityType.Document, label, ctx.abs(m.start(1)), ctx.abs(m.end(1)), name()));
            }
        }
        if (containsAny(s, ENACTED_WORDS)) {
            m = ENACTED.in(s);
            while (m.find()) {
                out.add(ctx.mention(EntityType.Document, Labels.canonical(m.group(1)), ctx.abs(m.start(1)), ctx.abs(m.end(1)), name()));
            }
        }
        m = COORDINATED_RULES.in(s);
        while (m.find()) {
            int start = PhraseEdges.leftEdge(s, m.start(), 16);
            if (start < m.start()) {
                String base = Labels.canonical(s.substring(start, m.start()));
                out.add(ctx.mention(EntityType.Document, base + m.group(1), ctx.abs(start), ctx.abs(m.end()), name()));
            }
        }
        if (containsAny(s, FOLLOWS_WORDS)) {
            m = FOLLOWS.in(s);
            while (m.find()) {
                String t = m.group(1);
                if (!t.contains("《") && !generic(t)) {
                    out.add(ctx.mention(EntityType.Document, Labels.canonical(t), ctx.abs(m.start(1)), ctx.abs(m.end(1)), name()));
                }
            }
        }
        DocumentHeads.find(ctx, name(), out);
        if (ctx.sentence().index() == 0) {
            String title = Labels.canonical(s);
            out.removeIf(d -> d.label().equals(title));
        }
        return out;
    }

    /**
     * True when {@code s} holds one of {@code words}. A scan is run only on sentences holding a word every match
     * of it holds: most sentences have none, and a scan's search costs far more than these look-ups.
     */
    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }

    /** A plan with no name of its own (实施方案, 工作方案, 有关规定). */
    static boolean generic(String t) {
        return GENERIC.matcher(t).matches();
    }
}
