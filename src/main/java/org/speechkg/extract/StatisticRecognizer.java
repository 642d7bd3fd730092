package org.speechkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * Reported quantities: an Arabic number, optional 万/亿 multiplier and 余/多 approximation, then a unit or
 * measure word (起, 名, 个, 人, 件, 所, 次, 天, %…). What is counted is the phrase before the number back to
 * the previous punctuation. Years, dates and numbers inside names are not statistics.
 */
public final class StatisticRecognizer {
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)(万|亿)?(余|多)?(起|名|个|人次|人|件|所|次|天|场|项|户|家|条|期|批|篇|份|元|万元|亿元|%|％|年)");
    private static final Pattern COUNTED = Pattern.compile("[^，。；：、！？,;:!?（）()“”]*$");

    public List<Statistic> recognize(CleanSpeech speech, Sentence s) {
        List<Statistic> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(s.text());
        while (m.find()) {
            String unit = m.group(4);
            if (unit.equals("年") || isDateOrName(s.text(), m)) continue;
            BigDecimal v = new BigDecimal(m.group(1));
            if ("万".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(10_000));
            if ("亿".equals(m.group(2))) v = v.multiply(BigDecimal.valueOf(100_000_000));
            Matcher c = COUNTED.matcher(s.text().substring(0, m.start()));
            String counted = c.find() ? c.group().strip() : "";
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            int os = speech.offsets().toOriginalStart(start);
            int oe = speech.offsets().toOriginalEnd(end);
            out.add(new Statistic(counted, v.stripTrailingZeros(), unit, m.group(3) != null,
                    speech.original().substring(os, oe), s.index(), start, end, os, oe));
        }
        return out;
    }

    private static boolean isDateOrName(String text, Matcher m) {
        int e = m.end();
        String after = text.substring(e, Math.min(text.length(), e + 2));
        return after.startsWith("月") || after.startsWith("日") || after.startsWith("周年");
    }
}
