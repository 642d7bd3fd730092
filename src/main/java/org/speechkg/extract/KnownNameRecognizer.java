package org.speechkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Second pass within one speech: once a name has been recognized somewhere in the speech (a quoted
 * formula, a campaign read from its head noun), its other occurrences are mentions too, even where no
 * rule fires (“四项制度” quoted once, then 四项制度 inside a document title). Built per speech from the
 * first pass's mentions; only names of three or more characters are reused, and only where no other
 * mention already covers the text (inside document titles they may nest).
 *
 * <p>A speech knows a few dozen names at most, so they are indexed by first character rather than
 * compiled into an automaton: building a double-array trie per speech cost more than all matching.
 */
public final class KnownNameRecognizer implements MentionRecognizer {
    private static final int MIN_LENGTH = 3;
    /** The first characters of the names, sorted; {@link #names} holds each one's names, longest first. */
    private final char[] firstChars;
    private final Mention[][] names;
    /** The first characters, one bit each in a 4,096-bit hash, tested before the binary search. */
    private final long[] firstCharBits = new long[64];

    public KnownNameRecognizer(Collection<Mention> firstPass) {
        Map<String, Mention> byLabel = new LinkedHashMap<>();
        for (Mention m : firstPass) {
            if (!m.recognizer().equals("gazetteer") && m.label().length() >= MIN_LENGTH) {
                byLabel.putIfAbsent(m.label(), m);
            }
        }
        Map<Character, List<Mention>> byFirstChar = new HashMap<>();
        byLabel.values().forEach(m -> byFirstChar.computeIfAbsent(m.label().charAt(0), c -> new ArrayList<>()).add(m));
        byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt((Mention m) -> m.label().length()).reversed()));
        firstChars = new char[byFirstChar.size()];
        int n = 0;
        for (Character c : byFirstChar.keySet()) {
            firstChars[n++] = c;
        }
        java.util.Arrays.sort(firstChars);
        names = new Mention[firstChars.length][];
        for (int i = 0; i < firstChars.length; i++) {
            names[i] = byFirstChar.get(firstChars[i]).toArray(new Mention[0]);
            int h = firstChars[i] & 4095;
            firstCharBits[h >>> 6] |= 1L << h;
        }
    }

    @Override
    public String name() {
        return "known-name";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        if (firstChars.length == 0) {
            return out;
        }
        String s = ctx.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int h = c & 4095;
            if ((firstCharBits[h >>> 6] & (1L << h)) == 0) continue;
            int k = java.util.Arrays.binarySearch(firstChars, c);
            if (k < 0) continue;
            for (Mention known : names[k]) {
                if (s.startsWith(known.label(), i)) {
                    add(ctx, out, known, ctx.abs(i), ctx.abs(i + known.label().length()));
                }
            }
        }
        return out;
    }

    private void add(SentenceContext ctx, List<Mention> out, Mention known, int start, int end) {
        for (Mention m : ctx.soFar()) {
            if (m.start() <= start && end <= m.end()
                    && (m.type() != EntityType.Document || m.label().equals(known.label()))) {
                return; // covered
            }
        }
        {
            out.add(ctx.mention(known.type(), known.label(), start, end, name()));
        }
    }
}
