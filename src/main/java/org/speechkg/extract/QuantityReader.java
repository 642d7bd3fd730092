package org.speechkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Reads the numbers a sentence reports, each with its unit: Arabic numbers (5.2%, 1244万人, 1.39万亿斤, 2-3家)
 * and, where the context says the number is a count, Chinese ones (连续五年, 分为十二个网格, 两次降低).
 * <ul>
 *   <li>Units and measure words come from {@code extract/measure-words.tsv}, with the characters that show a
 *       measure word is really the start of another word (3所在 is not 3 所).</li>
 *   <li>万, 亿, 万亿, 千万 (and 个亿) are multipliers: 亿元 is 亿 × 元. A number with a multiplier and no unit
 *       (务工规模超过3300万) is kept with no unit, for the recognizer to read the unit from the context.</li>
 *   <li>Not statistics: years (2023年), dates (3月, 10日), ordinals and ranks (第3批, 前100名), anniversaries
 *       and medals named after them (100周年, 在党50年纪念章), rates per head (每10万人口), grades (20万吨级),
 *       numbers inside 《》 or quotation marks (“光荣在党50年”).</li>
 *   <li>Chinese numerals are everywhere in names and idioms (四个意识, 一批, 百年), so one is a statistic only
 *       after a word that introduces a count (连续, 历时, 为期, 分为, 累计, 突破…), when it ends its clause
 *       (培训两个月，), or as a count of repeated actions opening a clause (两次降低…).</li>
 * </ul>
 */
final class QuantityReader {
    private static final Map<String, Unit> UNITS = loadUnits();
    private static final int LONGEST_UNIT = UNITS.keySet().stream().mapToInt(String::length).max().orElse(1);
    /** The first characters of the units: a number followed by none of them has no unit, found without a lookup. */
    private static final BitSet UNIT_STARTS = new BitSet();

    static {
        UNITS.keySet().forEach(u -> UNIT_STARTS.set(u.charAt(0)));
    }
    private static final String MULTIPLIER = "(万亿|千亿|百亿|亿|千万|百万|万|千(?![米克瓦])|个亿)?";
    private static final String DIGITS = "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?";
    private static final Scan ARABIC = Scan.compile("(?<![0-9０-９.．A-Za-z,])(" + DIGITS + ")(?:[-－—~～至](" + DIGITS
            + "))?(多|余)?" + MULTIPLIER + "(多|余)?");
    /** What may stand right before a Chinese numeral that counts: not another numeral, an ordinal or a pronoun. */
    private static final String NOT_AFTER = ChineseNumerals.CHARS + "第这那每哪几数某同唯统单";
    private static final String APPROX_PREFIX = "上近超逾";
    /** The units a Chinese 一 may count (一个月, 一周, 一次); otherwise 一 is an article. */
    private static final java.util.Set<String> ONCE = java.util.Set.of("月", "周", "次");
    /** 百分之五, 百分之三点五, 百分之20 (百分之百 is a manner of speaking, not a rate). */
    private static final Scan PERCENT = Scan.compile("百分之([零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|"
            + "[0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern APPROX_BEFORE = Pattern.compile(
            "(近|超过|超|约|逾|达到|达|共计|突破|多达|高达|接近|将近|不少于|不低于|上)$");
    private static final Pattern APPROX_AFTER = Pattern.compile("^(以上|左右|以内|以下|多|余)");
    /** Words after which a Chinese numeral counts something (连续五年, 为期两天, 分为十二个…). */
    private static final Pattern COUNT_CUE = Pattern.compile(
            "(连续|历时|为期|长达|经历了?|不少于|不低于|不超过|至少|分为|分成|累计|共计|突破|超过|达到|多达|高达|先后)$");
    /** 建党100年, 建校70年: an anniversary, not a duration. */
    private static final Pattern ANNIVERSARY_OF = Pattern.compile("(建党|建国|建军|建校|诞辰|成立)$");
    /** The whole part of a decimal (2023.5 → .5 is what is left after it). */
    private static final Pattern WHOLE_PART = Pattern.compile("^[0-9０-９]+[.．]");
    private static final String CLAUSE_END = "，。；：、！？）),;:!?";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** A unit as written: what it reports, and the characters after which it is not a measure word. */
    private record Unit(String reported, String notBefore) {}

    private QuantityReader() {}

    /** The quantities of {@code text}, in order of their start. */
    static List<Quantity> read(String text) {
        List<Quantity> out = new ArrayList<>();
        Scan.Hits a = ARABIC.in(text);
        while (a.find()) {
            arabic(text, a).forEach(out::add);
        }
        for (int i = 0; i < text.length(); i++) {
            if (!ChineseNumerals.isNumeral(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && ChineseNumerals.isNumeral(text.charAt(end))) {
                end++;
            }
            Quantity q = chinese(text, i, end);
            if (q != null) {
                out.add(q);
            }
            i = end;
        }
        Scan.Hits p = PERCENT.in(text);
        while (p.find()) {
            BigDecimal v = percent(p.group(1));
            if (v != null && !inside(text, p.start(), '《', '》')) {
                out.add(new Quantity(p.start(), p.end(), v, "%", approximateBefore(text, p.start()), p.start(1)));
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    /** The value of the rate after 百分之: 五 → 5, 三点五 → 3.5, 20 → 20. */
    private static BigDecimal percent(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return new BigDecimal(written);
        }
        int point = written.indexOf('点');
        BigDecimal whole = ChineseNumerals.parse(point < 0 ? written : written.substring(0, point));
        if (whole == null || point < 0) {
            return whole;
        }
        StringBuilder decimals = new StringBuilder();
        for (char c : written.substring(point + 1).toCharArray()) {
            decimals.append("零一二三四五六七八九".indexOf(c));
        }
        return whole.add(new BigDecimal("0." + decimals));
    }

    private static List<Quantity> arabic(String text, MatchResult m) {
        int numeralEnd = m.end();
        String written = writtenUnitAt(text, numeralEnd);
        String unit = unit(text, written, numeralEnd);
        String multiplier = m.group(4);
        int unitEnd = unit == null ? numeralEnd : numeralEnd + written.length();
        if (unit == null && multiplier == null && !beforeListedNumber(text, numeralEnd)
                || isNotAStatistic(text, m.start(), unitEnd, unit)) {
            return List.of();
        }
        int end = unitEnd;
        boolean approx = m.group(3) != null || m.group(5) != null || approximateBefore(text, m.start());
        Matcher after = APPROX_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2)));
        if (unit != null && after.find()) {
            approx = true;
            end += after.end();
        }
        BigDecimal low = times(number(m.group(1)), multiplier);
        if (unit != null && unit.equals("年") && (isYear(m.group(1)) || isYear(WHOLE_PART.matcher(m.group(1)).replaceFirst("")))) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        out.add(new Quantity(m.start(), end, low, unit, approx, numeralEnd));
        if (m.group(2) != null) {
            if (unit != null && unit.equals("年") && isYear(m.group(2))) {
                return List.of();
            }
            out.add(new Quantity(m.start(), end, times(number(m.group(2)), multiplier), unit, approx, numeralEnd));
        }
        return out;
    }

    /** True when a number ending at {@code end} is followed by 、 and another number (提高1.13、12.78个百分点). */
    private static boolean beforeListedNumber(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '、' && Character.isDigit(text.charAt(end + 1));
    }

    /** The Chinese numeral from {@code start} to {@code end}, with 多/余 after it, if it counts something here. */
    private static Quantity chinese(String text, int start, int end) {
        boolean more = end < text.length() && (text.charAt(end) == '多' || text.charAt(end) == '余');
        int numeralEnd = more ? end + 1 : end;
        if (!(more || numeralEnd < text.length() && UNIT_STARTS.get(text.charAt(numeralEnd))
                || text.startsWith("万", end - 1) || text.startsWith("亿", end - 1))) {
            return null;
        }
        String written = writtenUnitAt(text, numeralEnd);
        String unit = unit(text, written, numeralEnd);
        if (end - start == 1 && text.charAt(start) == '一' && !ONCE.contains(String.valueOf(unit))) {
            return null; // 一个, 一批, 一项…: an article, not a count
        }
        String numeral = text.substring(start, end);
        if (unit == null && numeral.indexOf('万') < 0 && numeral.indexOf('亿') < 0) {
            return null;
        }
        String prefix = start > 0 && APPROX_PREFIX.indexOf(text.charAt(start - 1)) >= 0
                ? String.valueOf(text.charAt(start - 1)) : null;
        int lead = prefix == null ? start : start - 1;
        if (lead > 0 && NOT_AFTER.indexOf(text.charAt(lead - 1)) >= 0) {
            return null;
        }
        BigDecimal v = ChineseNumerals.parse(numeral);
        int unitEnd = unit == null ? numeralEnd : numeralEnd + written.length();
        if (v == null || v.signum() == 0 || isNotAStatistic(text, lead, unitEnd, unit)) {
            return null;
        }
        boolean multiplied = numeral.indexOf('万') >= 0 || numeral.indexOf('亿') >= 0;
        boolean cue = COUNT_CUE.matcher(tail(text, lead, 4)).find();
        boolean startsWithPlace = "十百千万亿".indexOf(numeral.charAt(0)) > 0;
        if (prefix != null && !multiplied && "百千万亿".indexOf(numeral.charAt(0)) < 0) {
            return null;
        }
        boolean accepted = unit == null
                ? multiplied && (cue || prefix != null)
                : !startsWithPlace && countsHere(text, lead, unitEnd, v, unit, cue);
        if (!accepted) {
            return null;
        }
        boolean approx = prefix != null || more || approximateBefore(text, lead);
        return new Quantity(lead, unitEnd, v, unit, approx, numeralEnd);
    }

    /** Whether a Chinese numeral with a unit, from {@code start} to {@code end}, reports a count in this place. */
    private static boolean countsHere(String text, int start, int end, BigDecimal v, String unit, boolean cue) {
        boolean endsClause = end >= text.length() || CLAUSE_END.indexOf(text.charAt(end)) >= 0;
        if (v.compareTo(BigDecimal.ONE) == 0) {
            return ONCE.contains(unit) && (cue || endsClause);
        }
        if (unit.equals("年")) {
            return cue;
        }
        if (unit.equals("期")) {
            return false;
        }
        boolean opensClause = start == 0 || CLAUSE_END.indexOf(text.charAt(start - 1)) >= 0;
        boolean repeatedAction = unit.equals("次") && opensClause && end < text.length()
                && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN;
        return cue || endsClause || repeatedAction;
    }

    /** The longest unit of the table written at {@code at}, or null. */
    private static String writtenUnitAt(String text, int at) {
        if (at >= text.length() || !UNIT_STARTS.get(text.charAt(at))) {
            return null;
        }
        for (int n = Math.min(LONGEST_UNIT, text.length() - at); n > 0; n--) {
            String w = text.substring(at, at + n);
            if (UNITS.containsKey(w)) {
                return w;
            }
        }
        return null;
    }

    /** The unit reported for the unit {@code written} at {@code at}, or null when it starts another word. */
    private static String unit(String text, String written, int at) {
        if (written == null) {
            return null;
        }
        Unit u = UNITS.get(written);
        int end = at + written.length();
        if (end < text.length() && u.notBefore().indexOf(text.charAt(end)) >= 0) {
            return null;
        }
        return u.reported();
    }

    private static boolean isNotAStatistic(String text, int start, int end, String unit) {
        String before = tail(text, start, 2).strip();
        String after = text.substring(end, Math.min(text.length(), end + 2));
        boolean ordinal = before.endsWith("第") || (before.endsWith("前") && !before.endsWith("提前")) || before.endsWith("每")
                || ("分".equals(unit) && (before.endsWith("时") || before.endsWith("点")));
        boolean date = unit == null && (after.startsWith("月") || after.startsWith("日") || after.startsWith("号")
                || after.startsWith("年"));
        boolean anniversary = after.startsWith("周年") || after.startsWith("纪念") || ("个".equals(unit) && after.startsWith("百年"));
        boolean grade = after.startsWith("级");
        boolean threshold = "岁".equals(unit) && (after.startsWith("以") || after.startsWith("及") || after.startsWith("的"));
        boolean sinceThen = "年".equals(unit) && (after.startsWith("以来") || ANNIVERSARY_OF.matcher(tail(text, start, 2)).find());
        return ordinal || date || anniversary || grade || threshold || sinceThen || inside(text, start, '《', '》') || inside(text, start, '“', '”');
    }

    /** True when {@code pos} lies between an {@code open} and its {@code close}. */
    private static boolean inside(String text, int pos, char open, char close) {
        int o = text.lastIndexOf(open, pos);
        return o >= 0 && text.lastIndexOf(close, pos) < o && text.indexOf(close, pos) >= 0;
    }

    private static boolean approximateBefore(String text, int start) {
        return APPROX_BEFORE.matcher(tail(text, start, 4)).find();
    }

    private static boolean isYear(String digits) {
        String d = ascii(digits);
        return d.length() == 4 && (d.startsWith("1") || d.startsWith("2"));
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(ascii(digits));
    }

    private static String ascii(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            if (c == ',') {
                continue;
            }
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return sb.toString();
    }

    private static BigDecimal times(BigDecimal v, String multiplier) {
        if (multiplier == null) {
            return v;
        }
        BigDecimal f = switch (multiplier) {
            case "万亿" -> TEN_THOUSAND.multiply(HUNDRED_MILLION);
            case "千亿" -> BigDecimal.valueOf(100_000_000_000L);
            case "百亿" -> BigDecimal.valueOf(10_000_000_000L);
            case "亿", "个亿" -> HUNDRED_MILLION;
            case "千万" -> BigDecimal.valueOf(10_000_000);
            case "百万" -> BigDecimal.valueOf(1_000_000);
            case "万" -> TEN_THOUSAND;
            default -> BigDecimal.valueOf(1000);
        };
        return v.multiply(f);
    }

    static String tail(String text, int end, int n) {
        return text.substring(Math.max(0, end - n), end);
    }

    private static Map<String, Unit> loadUnits() {
        Map<String, Unit> units = new HashMap<>();
        var in = QuantityReader.class.getResourceAsStream("/extract/measure-words.tsv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                units.put(f[0], new Unit(f[1], f.length > 2 ? f[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(units);
    }
}
