package org.speechkg.extract;

import java.math.BigDecimal;

/**
 * Values of numbers written in Chinese characters (十二, 三十五, 两千, 1100多万's 万, 百亿, 一万二千): the
 * statistics of a speech are as often written 连续五年 or 两次 as with Arabic digits.
 */
final class ChineseNumerals {
    static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumerals() {}

    /** True for a character of {@link #CHARS}, by table: this runs on every character of every sentence. */
    static boolean isNumeral(char c) {
        return NUMERAL[c];
    }

    private static final boolean[] NUMERAL = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : CHARS.toCharArray()) {
            NUMERAL[c] = true;
        }
    }

    /** The value of {@code s}, or null when it is not a well-formed numeral (二〇二三 is a year, not a number). */
    static BigDecimal parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int yi = s.lastIndexOf('亿');
        if (yi >= 0) {
            return scaled(s.substring(0, yi), s.substring(yi + 1), 100_000_000L);
        }
        int wan = s.lastIndexOf('万');
        if (wan >= 0) {
            return scaled(s.substring(0, wan), s.substring(wan + 1), 10_000L);
        }
        long v = belowTenThousand(s);
        return v < 0 ? null : BigDecimal.valueOf(v);
    }

    private static BigDecimal scaled(String high, String low, long unit) {
        BigDecimal h = high.isEmpty() ? BigDecimal.ONE : parse(high);
        BigDecimal l = low.isEmpty() ? BigDecimal.ZERO : parse(low);
        return h == null || l == null ? null : h.multiply(BigDecimal.valueOf(unit)).add(l);
    }

    /** 十二 → 12, 三百零五 → 305; -1 for two digits in a row or a place written twice. */
    private static long belowTenThousand(String s) {
        long total = 0;
        long digit = -1;
        long lastPlace = Long.MAX_VALUE;
        for (char c : s.toCharArray()) {
            long place = place(c);
            if (place > 0) {
                if (place >= lastPlace) {
                    return -1;
                }
                total += (digit < 0 ? 1 : digit) * place;
                digit = -1;
                lastPlace = place;
            } else if (c == '零' || c == '〇') {
                if (digit >= 0) {
                    return -1;
                }
            } else {
                if (digit >= 0) {
                    return -1;
                }
                digit = digit(c);
            }
        }
        return total + Math.max(digit, 0);
    }

    private static long place(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static long digit(char c) {
        return "零一二三四五六七八九".indexOf(c) >= 0 ? "零一二三四五六七八九".indexOf(c) : c == '两' ? 2 : 0;
    }
}
