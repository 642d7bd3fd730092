package org.speechkg.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of a text inside quotation marks (“…”, ‘…’, 「…」, 『…』) or title marks (《…》, 〈…〉), so the
 * sentence splitter does not end a sentence inside them. Marks are paired within a line, innermost first,
 * each closing mark with the nearest open mark of its kind; a mark left without its partner (a quotation
 * never closed, a ’ used as an apostrophe) opens no span, so one stray mark cannot swallow a paragraph.
 * Nested spans are merged into the outermost one.
 */
final class Quotes {
    private static final String OPEN = "“‘「『《〈";
    private static final String CLOSE = "”’」』》〉";
    /** Open marks a closing mark may pass over to find its partner; bounds the work on a line of stray marks. */
    private static final int MAX_SKIPPED = 8;

    /** Disjoint spans as pairs (open mark offset, close mark offset), in text order. */
    private final int[] spans;
    private int cursor;

    private Quotes(int[] spans) {
        this.spans = spans;
    }

    /** The quoted spans of {@code text}. */
    static Quotes of(String text) {
        List<int[]> pairs = new ArrayList<>();
        int[] stack = new int[32];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\n' || c > '\n' && c < '\u2018' || c > '\u201D' && c < '\u3008' || c > '\u300F') {
                continue; // not a line break nor one of the marks (U+2018–201D, U+3008–300F)
            }
            if (c == '\n') {
                depth = 0; // a quotation does not run across a paragraph break here
            } else if (OPEN.indexOf(c) >= 0) {
                if (depth == stack.length) {
                    System.arraycopy(stack, 1, stack, 0, --depth); // the oldest open mark is given up
                }
                stack[depth++] = i;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = close(text, stack, depth, i, pairs);
            }
        }
        return new Quotes(merge(pairs));
    }

    /** Pairs the closing mark at {@code at} with the nearest open mark of its kind; the new stack depth. */
    private static int close(String text, int[] stack, int depth, int at, List<int[]> pairs) {
        char open = OPEN.charAt(CLOSE.indexOf(text.charAt(at)));
        for (int d = depth - 1; d >= Math.max(0, depth - MAX_SKIPPED); d--) {
            if (text.charAt(stack[d]) == open) {
                pairs.add(new int[] {stack[d], at});
                return d; // marks opened after it and never closed are dropped
            }
        }
        return depth;
    }

    private static int[] merge(List<int[]> pairs) {
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] out = new int[pairs.size() * 2];
        int n = 0;
        for (int[] p : pairs) {
            if (n > 0 && p[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], p[1]);
            } else {
                out[n++] = p[0];
                out[n++] = p[1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * True when a sentence cut before offset {@code at} would fall inside a quotation (after its opening
     * mark, before or at its closing one). Calls must come with non-decreasing offsets.
     */
    boolean inside(int at) {
        while (cursor < spans.length && spans[cursor + 1] < at) {
            cursor += 2;
        }
        return cursor < spans.length && spans[cursor] < at && at <= spans[cursor + 1];
    }
}
