package org.speechkg.clean;

/**
 * Maps character positions of the normalised text (obfuscations undone) back to the original text
 * (the source with noise lines removed), in Java UTF-16 units. Each normalised character remembers the
 * original span it came from, so a replaced span ({@code dangshi} → {@code 党史}) maps back whole and a
 * deleted prefix ({@code X} of {@code X习近平}) travels with the character after it.
 */
public final class OffsetMap {
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    OffsetMap(int[] starts, int[] ends, int originalLength) {
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    /** Original offset where the normalised character at {@code normStart} begins. */
    public int toOriginalStart(int normStart) {
        return normStart >= starts.length ? originalLength : starts[normStart];
    }

    /** Original offset just after the normalised span that ends (exclusive) at {@code normEnd}. */
    public int toOriginalEnd(int normEnd) {
        return normEnd == 0 ? 0 : ends[normEnd - 1];
    }

    /** Length of the normalised text this map covers. */
    public int size() {
        return starts.length;
    }

    /** Builds a map while the normalised text is appended piece by piece. */
    static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        /** A builder for a text of about {@code expectedLength} characters. */
        Builder(int expectedLength) {
            int capacity = Math.max(16, expectedLength + 16);
            text = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        /** Appends {@code s}, all of whose characters come from original span [from, to). */
        Builder append(CharSequence s, int from, int to) {
            for (int i = 0; i < s.length(); i++) {
                ensure(text.length() + 1);
                starts[text.length()] = from;
                ends[text.length()] = to;
                text.append(s.charAt(i));
            }
            return this;
        }

        /** Appends original text verbatim: character i comes from original position {@code from + i}. */
        Builder copy(CharSequence original, int from, int to) {
            ensure(text.length() + (to - from));
            for (int i = from; i < to; i++) {
                starts[text.length()] = i;
                ends[text.length()] = i + 1;
                text.append(original.charAt(i));
            }
            return this;
        }

        String text() {
            return text.toString();
        }

        OffsetMap build(int originalLength) {
            int n = text.length();
            return new OffsetMap(java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), originalLength);
        }

        private void ensure(int capacity) {
            if (capacity > starts.length) {
                int size = Math.max(capacity, starts.length * 2);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
            }
        }
    }
}
