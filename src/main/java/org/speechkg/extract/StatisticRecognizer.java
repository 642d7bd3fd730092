package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * Reported quantities, at the density of a government work report: rates and changes (增长5.2%, 下降3个百分点),
 * amounts with 万/亿/万亿 multiplied out (126万亿元 → 元), counts with measure words (37所学校, 1244万人),
 * durations (为期5天), ranges (2-3家), approximate values (近, 超过, 多, 以上, 左右) and, where the context says so,
 * Chinese numerals (连续五年).
 * <ul>
 *   <li>The numbers and units are read by {@link QuantityReader}; a number with only a multiplier (3300万)
 *       takes its unit from the context ({@link ContextUnits}).</li>
 *   <li>What is counted is read by {@link CountedPhrase}: the nouns after the measure word, else the clause's
 *       subject before the number, the items of a 分别 list, or what follows a number opening its clause.</li>
 *   <li>Breakdown: quantities with the total's unit after 其中 right behind a total, up to the closing
 *       parenthesis or the end of the sentence, are parts of that total (5126起（其中物业纠纷1424起，…）;
 *       成员19012名，其中党员10512名，村民代表8500名).</li>
 *   <li>Years, dates (10月18日), ordinals (第3批), anniversaries (100周年) and numbers inside 《》 or quotation
 *       marks are not statistics.</li>
 * </ul>
 * The sentence is segmented once (the fast dictionary segmenter), and only when it holds a number: from the
 * start of the first number's clause to the end of the last number's clause.
 */
public final class StatisticRecognizer {
    private static final Pattern OPENS_BREAKDOWN = Pattern.compile("[（(，,；;]其中");

    public List<Statistic> recognize(CleanSpeech speech, Sentence s) {
        String text = s.text();
        List<Quantity> found = QuantityReader.read(text);
        if (found.isEmpty()) {
            return List.of();
        }
        SentenceTokens tokens = SentenceTokens.between(text, CountedPhrase.clauseStart(text, found.get(0).start()),
                CountedPhrase.clauseEnd(text, found.get(found.size() - 1).end()));
        List<Quantity> qs = ContextUnits.resolve(text, tokens, found);
        Map<Integer, String> listed = CountedPhrase.respectively(text, tokens, qs);
        List<Statistic> out = new ArrayList<>();
        Statistic total = null;
        int breakdownEnd = -1;
        String previous = "";
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            Optional<Integer> partOf = Optional.empty();
            if (total != null && q.start() < breakdownEnd && q.unit().equals(total.unit())) {
                partOf = Optional.of(out.indexOf(total));
            }
            boolean rangeEnd = i > 0 && qs.get(i - 1).start() == q.start();
            String counted = rangeEnd ? previous : listed.containsKey(i) ? listed.get(i)
                    : CountedPhrase.of(text, tokens, qs, i, partOf.isPresent(), previous);
            Statistic st = statistic(speech, s, q, counted, partOf);
            out.add(st);
            previous = counted;
            Matcher br = OPENS_BREAKDOWN.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 3)));
            if (partOf.isEmpty() && br.lookingAt()) {
                total = st;
                int close = br.group().startsWith("（") || br.group().startsWith("(") ? text.indexOf('）', q.end()) : -1;
                breakdownEnd = close < 0 ? text.length() : close;
            }
        }
        return out;
    }

    private static Statistic statistic(CleanSpeech speech, Sentence s, Quantity q, String counted,
                                       Optional<Integer> partOf) {
        int start = s.start() + q.start();
        int end = s.start() + q.end();
        int os = speech.offsets().toOriginalStart(start);
        int oe = speech.offsets().toOriginalEnd(end);
        return new Statistic(counted, q.value().stripTrailingZeros(), q.unit(), q.approximate(),
                speech.original().substring(os, oe), s.index(), start, end, os, oe, partOf);
    }
}
