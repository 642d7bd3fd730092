package org.speechkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a number written with a multiplier and no unit (脱贫人口务工规模超过3300万, 投资1.5个亿,
 * 惠及6600多万纳税人), read from its context, in this order:
 * <ol>
 *   <li>a noun for people or households right after it: 纳税人, 学生 → 人; 家庭 → 户;</li>
 *   <li>the unit of the next number of the same list (分别惠及3500万、2300万人次);</li>
 *   <li>the last word of the clause before it that names what such a number measures: …人次 → 人次;
 *       人口, 人数, 就业 → 人; 收入, 投资, 经费, 产值, …额 → 元;</li>
 *   <li>the unit of a large number before it in its clause, or just before the parenthesis it is in
 *       (收入547亿元（甲地…、乙地453亿）).</li>
 * </ol>
 * A number whose unit none of these gives is not reported.
 */
final class ContextUnits {
    private static final Pattern PERSON = Pattern.compile("(人|生|员|民|众|工|者|师|士|部|童|属|友|户)$");
    private static final Pattern HOUSEHOLD = Pattern.compile("(家庭|农户|住户|家户)$");
    private static final Pattern CUE = Pattern.compile(
            "(人次)|(人口|人数|人员|就业|务工|劳动力|职工|群众|网民)|(元|资金|投资|投入|收入|经费|产值|财政|GDP|生产总值"
                    + "|营收|税|债|预算|支出|存款|贷款|融资|资产|利润|增加值|补贴|补助|基金|资本|[^\\p{Punct}，。；]额)");
    private static final String LIST_JOINT = "、和与及至到";
    private static final String CLAUSE_STOP = "，。；：！？（）()";
    private static final BigDecimal LARGE = BigDecimal.valueOf(10_000);

    private ContextUnits() {}

    /** {@code qs} with the units of unit-less numbers filled in, and those whose unit is unknown dropped. */
    static List<Quantity> resolve(String text, SentenceTokens tokens, List<Quantity> qs) {
        List<Quantity> out = new ArrayList<>(qs);
        for (int i = out.size() - 1; i >= 0; i--) {
            Quantity q = out.get(i);
            if (q.hasUnit()) {
                continue;
            }
            String unit = nounAfter(tokens, q.end());
            if (unit == null && i + 1 < out.size()) {
                unit = listUnit(text, q, out.get(i + 1));
            }
            if (unit == null) {
                unit = cue(text, q.start());
            }
            if (unit == null) {
                unit = previousLarge(text, out, i);
            }
            if (unit == null) {
                out.remove(i);
            } else {
                out.set(i, q.withUnit(unit));
            }
        }
        return out;
    }

    /** 人 or 户 when the noun phrase right after {@code at} names people or households (受灾群众, 农村家庭). */
    private static String nounAfter(SentenceTokens tokens, int at) {
        String head = null;
        int next = at;
        for (int i = tokens.startingAt(at); i >= 0 && i < tokens.size(); i++) {
            HanLpAdapter.Token t = tokens.get(i);
            String g = t.tag();
            if (t.offset() != next || !(g.startsWith("n") || g.equals("vn") || g.equals("a") || g.equals("b"))) {
                break;
            }
            head = g.startsWith("n") ? t.word() : head;
            next = t.offset() + t.word().length();
        }
        if (head == null) {
            return null;
        }
        return HOUSEHOLD.matcher(head).find() ? "户" : PERSON.matcher(head).find() ? "人" : null;
    }

    private static String listUnit(String text, Quantity q, Quantity next) {
        String between = text.substring(q.end(), Math.max(q.end(), next.start()));
        return next.hasUnit() && between.length() == 1 && LIST_JOINT.contains(between) ? next.unit() : null;
    }

    /** The unit named by the last measuring word of the clause before {@code start}. */
    private static String cue(String text, int start) {
        int from = start;
        while (from > 0 && CLAUSE_STOP.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher m = CUE.matcher(text.substring(from, start));
        String unit = null;
        while (m.find()) {
            unit = m.group(1) != null ? "人次" : m.group(2) != null ? "人" : "元";
        }
        return unit;
    }

    /** The unit of a large number earlier in the clause, or just before the parenthesis {@code i} is in. */
    private static String previousLarge(String text, List<Quantity> qs, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Quantity p = qs.get(j);
            String between = text.substring(p.end(), Math.max(p.end(), qs.get(i).start()));
            if (between.contains("。") || between.contains("；") || between.contains("，") && !between.contains("（")) {
                return null;
            }
            if (p.hasUnit() && p.value().compareTo(LARGE) >= 0) {
                return p.unit();
            }
        }
        return null;
    }
}
