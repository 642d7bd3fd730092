package org.speechkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * Reported quantities: an Arabic number, optional 万/亿 multiplier and 余/多 approximation, then a unit or
 * measure word (起, 名, 个, 人, 件, 所, 次, 天, %…).
 * <ul>
 *   <li>What is counted: the nouns right after the measure word (37所学校, 14亿多人口), else the content
 *       words just before the number (排查化解矛盾纠纷5126起), read from HanLP's tagged segmentation; a
 *       duration 为期5天的读书班 counts the days of the 读书班.</li>
 *   <li>Breakdown: quantities with the total's unit after 其中 right behind a total, up to the closing
 *       parenthesis or the end of the sentence, are parts of that total (5126起（其中物业纠纷1424起，…）;
 *       成员19012名，其中党员10512名，村民代表8500名).</li>
 *   <li>Years, dates (10月18日), anniversaries (100周年) and numbers inside 《》 are not statistics.</li>
 * </ul>
 */
public final class StatisticRecognizer {
    private static final Scan QUANTITY = Scan.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)(万|亿)?(余|多)?(人次|万元|亿元|起|名|个|人|件|所|次|天|场|项|户|家|条|期|批|篇|份|元|%|％)");
    private static final Pattern FUNCTION_WORD = Pattern.compile("是|有|为|共有|共|其中|已|已经|达|达到");
    private static final Pattern DURATION = Pattern.compile("为期$");
    private static final Pattern DURATION_OF = Pattern.compile("^的([\\p{IsHan}]{2,20}?)(?=[，。；,;]|$)");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(近|超过|超|约|逾|达到|达|共计|突破)$");
    /**
     * A verb that leads to the reported level (城镇化率提高到66.2%, 投资占50%, 营业收入突破2.5万亿元): it
     * says how the counted thing reached the number, and is not part of it. 上涨/增长 alone stay: the
     * number is then the rise itself.
     */
    private static final Pattern LEVEL_VERB = Pattern.compile(
            "(分别)?((提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小)(到|至)|降至|升至|突破|占|拟安排|安排)$|分别$");
    private static final Pattern LEADING_TOTAL = Pattern.compile("^(其中|共有|共|累计)");
    private static final Pattern CLAUSE_TAIL = Pattern.compile("[^，。；：、,;:（）()“”]{1,12}$");
    private static final Pattern OPENS_BREAKDOWN = Pattern.compile("[（(，,；;]其中");

    public List<Statistic> recognize(CleanSpeech speech, Sentence s) {
        List<Statistic> out = new ArrayList<>();
        String text = s.text();
        Scan.Hits m = QUANTITY.in(text);
        Statistic total = null;
        int breakdownEnd = -1;
        List<HanLpAdapter.Token> tokens = null;
        while (m.find()) {
            if (isDateOrName(text, m)) continue;
            BigDecimal v = new BigDecimal(m.group(1));
            if ("万".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(10_000));
            if ("亿".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(100_000_000));
            String unit = m.group(4).replace('％', '%');
            Optional<Integer> partOf = Optional.empty();
            if (total != null && m.start() < breakdownEnd && unit.equals(total.unit())) {
                partOf = Optional.of(out.indexOf(total));
            }
            if (tokens == null) {
                tokens = HanLpAdapter.segmentByDictionary(text);
            }
            String counted = counted(text, tokens, m, partOf.isPresent());
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            int os = speech.offsets().toOriginalStart(start);
            int oe = speech.offsets().toOriginalEnd(end);
            boolean approximate = m.group(3) != null || APPROX_BEFORE.matcher(tail(text, m.start(), 4)).find();
            Statistic st = new Statistic(counted, v.stripTrailingZeros(), unit, approximate,
                    speech.original().substring(os, oe), s.index(), start, end, os, oe, partOf);
            out.add(st);
            Matcher br = OPENS_BREAKDOWN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3)));
            if (partOf.isEmpty() && br.lookingAt()) {
                total = st;
                int close = br.group().startsWith("（") || br.group().startsWith("(") ? text.indexOf('）', m.end()) : -1;
                breakdownEnd = close < 0 ? text.length() : close;
            }
        }
        return out;
    }

    private static String counted(String text, List<HanLpAdapter.Token> tokens, MatchResult m, boolean inBreakdown) {
        String before = tail(text, m.start(), 16);
        if (DURATION.matcher(before).find()) {
            Matcher after = DURATION_OF.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24)));
            return after.find() ? after.group(1) : "为期";
        }
        if (m.group(4).equals("人") && text.startsWith("口", m.end())) {
            return "人口";
        }
        if (!inBreakdown) {
            String after = nounsFrom(tokens, m.end());
            if (!after.isEmpty()) {
                return after;
            }
        }
        String phrase = phraseBefore(tokens, m.start());
        if (phrase.isEmpty()) {
            Matcher clause = CLAUSE_TAIL.matcher(before);
            phrase = clause.find() ? withoutLevelVerb(APPROX_BEFORE.matcher(clause.group()).replaceFirst("")) : "";
        }
        return phrase;
    }

    /** Consecutive nouns starting at {@code from} (37所学校建立… → 学校). */
    private static String nounsFrom(List<HanLpAdapter.Token> tokens, int from) {
        StringBuilder sb = new StringBuilder();
        for (HanLpAdapter.Token t : tokens) {
            if (t.offset() < from) continue;
            if (t.offset() != from + sb.length() || !isNoun(t)) break;
            sb.append(t.word());
        }
        return sb.toString();
    }

    /** The predicate-object phrase just before the number (排查化解矛盾纠纷5126起), at most six words. */
    private static String phraseBefore(List<HanLpAdapter.Token> tokens, int to) {
        List<String> words = new ArrayList<>();
        int expected = to;
        for (int i = tokens.size() - 1; i >= 0 && words.size() < 6; i--) {
            HanLpAdapter.Token t = tokens.get(i);
            if (t.offset() >= to) continue;
            if (t.offset() + t.word().length() != expected || !isContent(t)) break;
            words.add(0, t.word());
            expected = t.offset();
        }
        String phrase = LEADING_TOTAL.matcher(String.join("", words)).replaceFirst("");
        return withoutLevelVerb(APPROX_BEFORE.matcher(phrase).replaceFirst(""));
    }

    /** {@code phrase} without a verb leading to the level ({@link #LEVEL_VERB}), unless nothing would remain. */
    private static String withoutLevelVerb(String phrase) {
        String subject = LEVEL_VERB.matcher(phrase).replaceFirst("");
        return subject.length() >= 2 ? subject : phrase;
    }

    private static boolean isNoun(HanLpAdapter.Token t) {
        return t.tag().startsWith("n") || t.tag().equals("vn") || t.tag().equals("j");
    }

    private static boolean isContent(HanLpAdapter.Token t) {
        String g = t.tag();
        return (g.startsWith("n") || g.startsWith("v") || g.startsWith("a") || g.equals("j") || g.equals("b"))
                && !FUNCTION_WORD.matcher(t.word()).matches();
    }

    /** The {@code n} characters before {@code end}: what the backward-looking patterns need, no more. */
    private static String tail(String text, int end, int n) {
        return text.substring(Math.max(0, end - n), end);
    }

    private static boolean isDateOrName(String text, MatchResult m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        int open = text.lastIndexOf('《', m.start());
        boolean inTitle = open >= 0 && text.indexOf('》', open) > m.start();
        return after.startsWith("月") || after.startsWith("日") || after.startsWith("周年") || inTitle
                || (m.group(4).equals("个") && after.startsWith("百年"));
    }
}
