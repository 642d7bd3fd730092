package org.speechkg.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence's tagged words, indexed by the offsets where they start and end, so that the words around a
 * number are found without walking the whole sentence for each number and each question asked of it.
 */
final class SentenceTokens {
    private final List<HanLpAdapter.Token> list;
    private int[] byStart;
    private int[] byEnd;

    SentenceTokens(String text, List<HanLpAdapter.Token> list) {
        this.list = list;
        index(text);
    }

    /**
     * The words of {@code text} from {@code from} to {@code to} only, segmented by dictionary: the words a
     * number's subject and counted noun are read from lie in its own clauses.
     */
    static SentenceTokens between(String text, int from, int to) {
        List<HanLpAdapter.Token> words = HanLpAdapter.segmentByDictionary(text.substring(from, to)).stream()
                .map(t -> new HanLpAdapter.Token(t.word(), t.tag(), t.offset() + from)).toList();
        return new SentenceTokens(text, words);
    }

    private void index(String text) {
        this.byStart = new int[text.length() + 1];
        this.byEnd = new int[text.length() + 1];
        Arrays.fill(byStart, -1);
        Arrays.fill(byEnd, -1);
        for (int i = 0; i < list.size(); i++) {
            HanLpAdapter.Token t = list.get(i);
            int end = t.offset() + t.word().length();
            if (t.offset() <= text.length() && end <= text.length()) {
                byStart[t.offset()] = i;
                byEnd[end] = i;
            }
        }
    }

    int size() {
        return list.size();
    }

    HanLpAdapter.Token get(int i) {
        return list.get(i);
    }

    /** Index of the word starting at {@code offset}, or -1. */
    int startingAt(int offset) {
        return offset >= 0 && offset < byStart.length ? byStart[offset] : -1;
    }

    /** Index of the word ending at {@code offset}, or -1. */
    int endingAt(int offset) {
        return offset >= 0 && offset < byEnd.length ? byEnd[offset] : -1;
    }

    /** Index of the first word starting at or after {@code offset}, or {@link #size()}. */
    int firstFrom(int offset) {
        for (int o = Math.max(0, offset); o < byStart.length; o++) {
            if (byStart[o] >= 0) {
                return byStart[o];
            }
        }
        return list.size();
    }
}
