package org.speechkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;
import org.speechkg.clean.CleanSpeech;

/**
 * National party congresses. Sharing sites mask the number (党的XX大); a masked congress is the latest
 * one held by the year the speech speaks of, which is unique, so it can be unmasked from the years in
 * the text (a guideline decision: 党的XX大 in a 2023 speech is 党的二十大).
 */
public final class Congresses {
    private static final Scan YEAR = Scan.compile("(19[5-9]\\d|20\\d\\d)年");
    private static final Pattern MASKED = Pattern.compile("党的(XX|ＸＸ)大");
    private static final int[][] HELD = {{2022, 20}, {2017, 19}, {2012, 18}, {2007, 17}, {2002, 16}, {1997, 15}};
    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Congresses() {}

    /** Replaces a masked congress number in {@code label} when the speech's years allow it. */
    public static String unmask(String label, CleanSpeech speech) {
        Matcher m = MASKED.matcher(label);
        if (!m.find()) {
            return label;
        }
        int year = latestYear(speech.text());
        for (int[] held : HELD) {
            if (year >= held[0]) {
                return m.replaceAll("党的" + numeral(held[1]) + "大");
            }
        }
        return label;
    }

    static int latestYear(String text) {
        Scan.Hits m = YEAR.in(text);
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest == 0 ? 2022 : latest;
    }

    /** Chinese numeral for 1–99. */
    public static String numeral(int n) {
        if (n <= 10) return NUMERALS[n];
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens]) + "十" + (ones == 0 ? "" : NUMERALS[ones]);
    }
}
