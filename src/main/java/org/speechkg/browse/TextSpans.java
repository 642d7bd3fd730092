package org.speechkg.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speechkg.browse.view.Snippet;

/**
 * Spans of a speech text given as NIF offsets, which count Unicode code points, turned into Java string ranges
 * (UTF-16 units: a character outside the Basic Multilingual Plane is two of them), and the sentence around a span.
 */
public final class TextSpans {
    /** Characters that end a sentence. */
    private static final String ENDS = "。！？!?；;\n";
    /** Closing marks that stay with the sentence they follow. */
    private static final String CLOSERS = "”’」』）)》";
    /** At most this many characters of context on each side of a mention in a snippet. */
    static final int MAX_CONTEXT = 120;

    private final String text;
    private final int codePoints;

    public TextSpans(String text) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
    }

    public String text() {
        return text;
    }

    /** The string index of code point {@code cp}, clamped to the text. */
    public int index(long cp) {
        int c = (int) Math.max(0, Math.min(cp, codePoints));
        return text.offsetByCodePoints(0, c);
    }

    /** True if {@code [begin, end)} in code points lies in the text and is not empty. */
    public boolean valid(long begin, long end) {
        return begin >= 0 && end > begin && end <= codePoints;
    }

    /** The sentence holding code points {@code [begin, end)}, split around the span, trimmed to {@link #MAX_CONTEXT}. */
    public Snippet snippet(long begin, long end) {
        int b = index(begin);
        int e = index(end);
        int start = b;
        while (start > 0 && ENDS.indexOf(text.charAt(start - 1)) < 0 && b - start < MAX_CONTEXT) {
            start--;
        }
        int stop = e;
        while (stop < text.length() && ENDS.indexOf(text.charAt(stop)) < 0 && stop - e < MAX_CONTEXT) {
            stop++;
        }
        if (stop < text.length() && ENDS.indexOf(text.charAt(stop)) >= 0 && text.charAt(stop) != '\n') {
            stop++;
            while (stop < text.length() && CLOSERS.indexOf(text.charAt(stop)) >= 0) {
                stop++;
            }
        }
        start = safe(start);
        stop = safe(stop);
        return new Snippet(text.substring(start, b).stripLeading(), text.substring(b, e), text.substring(e, stop).stripTrailing());
    }

    /**
     * The spans to highlight when some nest or overlap: the outermost ones, sorted by position. A span inside a
     * kept one, or crossing its end, is left out (its entity is still listed on the page).
     */
    public static <T extends Span> List<T> outermost(List<T> spans) {
        List<T> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong((T s) -> s.begin()).thenComparing(Comparator.comparingLong((T s) -> s.end()).reversed()));
        List<T> kept = new ArrayList<>();
        long reached = Long.MIN_VALUE;
        for (T s : sorted) {
            if (s.begin() >= reached) {
                kept.add(s);
                reached = s.end();
            }
        }
        return kept;
    }

    /** Avoids cutting a surrogate pair when context was trimmed. */
    private int safe(int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    /** A span in code points. */
    public interface Span {
        long begin();

        long end();
    }
}
