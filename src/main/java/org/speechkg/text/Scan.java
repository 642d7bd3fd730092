package org.speechkg.text;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched only where a match can begin. {@link Matcher#find()} tries the whole
 * pattern at every position of the text; for the alternation-led patterns of the rules (a level, a body
 * suffix, a head noun) that is most of extraction's cost, since nearly every position fails on the first
 * character. A scan works out once, from the pattern itself, which characters can begin a match, and tries
 * the pattern ({@link Matcher#lookingAt()} with transparent bounds, so look-behinds still see the text
 * before) only at those characters. The matches are the same as {@code find()}'s, in the same order.
 *
 * <p>Which characters can begin a match is decided by trying the pattern on each one-character text: a
 * character can begin a match when the pattern matches it or runs out of input on it
 * ({@link Matcher#hitEnd()}). A look-behind or word boundary at the very start of the pattern is dropped
 * for this test, since a one-character text has nothing behind it; that can only admit more characters,
 * never fewer. A positive look-behind reached only after optional parts would need the same care and is
 * not supported; {@code ScanTest} checks every scan of the rules against {@code find()} on the seeds.
 */
public final class Scan {
    private final Pattern pattern;
    /** One bit per UTF-16 character: set when a match may begin with it. */
    private final long[] startWords;
    private final boolean matchesEmpty;
    /** The start characters when there are few of them (then a text without any is skipped whole), else null. */
    private final char[] startList;
    /** The characters of the last text searched on this thread: the recognizers search one sentence in turn. */
    private static final ThreadLocal<CharIndex> LAST_TEXT = ThreadLocal.withInitial(CharIndex::new);
    private static final int MAX_LISTED = 64;
    /** Start sets this small are searched with {@link String#indexOf(int, int)}, one character at a time. */
    private static final int FEW = 4;
    /** A matcher a finished search handed back, reused by the thread's next search (saves its arrays). */
    private final ThreadLocal<Matcher> spare = new ThreadLocal<>();

    private Scan(Pattern pattern) {
        this.pattern = pattern;
        Pattern probe = Pattern.compile(withoutLeadingLookBehinds(pattern.pattern()), pattern.flags());
        this.startWords = startCharacters(probe);
        this.startList = listed(startWords);
        this.matchesEmpty = probe.matcher("").lookingAt();
    }

    /** A scan of {@code regex}. */
    public static Scan compile(String regex) {
        return new Scan(Pattern.compile(regex));
    }

    /** A scan of {@code regex} with {@link Pattern} flags. */
    public static Scan compile(String regex, int flags) {
        return new Scan(Pattern.compile(regex, flags));
    }

    /** The pattern searched. */
    public Pattern pattern() {
        return pattern;
    }

    /** True when a match of the pattern may begin with {@code c}. */
    public boolean mayStartWith(char c) {
        return (startWords[c >>> 6] & (1L << c)) != 0;
    }

    /** The matches in {@code text}, found one by one with {@link Hits#find()}. */
    public Hits in(CharSequence text) {
        Hits hits = new Hits(this, text);
        if (startList != null && !matchesEmpty && text instanceof String s
                && !LAST_TEXT.get().of(s).containsAny(startList)) {
            hits.next = text.length() + 1; // no character of the text can start a match
        }
        return hits;
    }

    private static char[] listed(long[] words) {
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if ((words[c >>> 6] & (1L << c)) != 0) {
                if (chars.length() == MAX_LISTED) {
                    return null;
                }
                chars.append((char) c);
            }
        }
        return chars.toString().toCharArray();
    }

    /**
     * Which characters a text has, as a 4,096-bit hash set: a false "maybe" only costs the search that
     * would have run anyway. Indexed once per text and thread, shared by every scan of that text.
     */
    private static final class CharIndex {
        private static final int MASK = 4095;
        private final long[] bits = new long[(MASK + 1) / 64];
        private String text;

        CharIndex of(String s) {
            if (s != text) {
                java.util.Arrays.fill(bits, 0);
                for (int i = 0; i < s.length(); i++) {
                    int h = s.charAt(i) & MASK;
                    bits[h >>> 6] |= 1L << h;
                }
                text = s;
            }
            return this;
        }

        boolean containsAny(char[] chars) {
            for (char c : chars) {
                int h = c & MASK;
                if ((bits[h >>> 6] & (1L << h)) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** True when the pattern occurs in {@code text}. */
    public boolean foundIn(CharSequence text) {
        return in(text).find();
    }

    /** {@code text} with every match cut out; each match cut is handed to {@code removed}, in order. */
    public String cut(CharSequence text, Consumer<String> removed) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        Hits h = in(text);
        while (h.find()) {
            removed.accept(h.group());
            out.append(text, last, h.start());
            last = h.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static long[] startCharacters(Pattern probe) {
        long[] starts = new long[(Character.MAX_VALUE + 1) / 64];
        char[] one = new char[1];
        Matcher m = probe.matcher(java.nio.CharBuffer.wrap(one)); // the buffer shows each character written to one[0]
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            m.reset();
            if (m.lookingAt() || m.hitEnd()) {
                starts[c >>> 6] |= 1L << c;
            }
        }
        return starts;
    }

    /** {@code regex} without the look-behind groups and word boundaries it starts with (after any inline flags). */
    static String withoutLeadingLookBehinds(String regex) {
        int i = 0;
        while (regex.startsWith("(?", i) && !regex.startsWith("(?<", i) && !regex.startsWith("(?:", i)
                && !regex.startsWith("(?=", i) && !regex.startsWith("(?!", i) && regex.indexOf(')', i) > 0
                && regex.substring(i + 2, regex.indexOf(')', i)).matches("[a-zA-Z-]+")) {
            i = regex.indexOf(')', i) + 1; // inline flags such as (?i) or (?m)
        }
        String flags = regex.substring(0, i);
        String rest = regex.substring(i);
        while (rest.startsWith("(?<=") || rest.startsWith("(?<!") || rest.startsWith("\\b") || rest.startsWith("\\B")) {
            if (rest.startsWith("\\")) {
                rest = rest.substring(2); // a word boundary looks behind too
                continue;
            }
            int close = closingParen(rest);
            if (close < 0) {
                break;
            }
            rest = rest.substring(close + 1);
        }
        return flags + rest;
    }

    /** Index of the parenthesis closing the group {@code s} opens with, or -1. */
    private static int closingParen(String s) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The matches of a scan in one text. Between successful {@link #find()} calls it answers like the
     * {@link MatchResult} of the last match (offsets in the whole text).
     */
    public static final class Hits implements MatchResult {
        private final Scan scan;
        private final CharSequence text;
        /** Made at the first candidate position: most texts have none for most scans. */
        private Matcher matcher;
        private int next;

        private Hits(Scan scan, CharSequence text) {
            this.scan = scan;
            this.text = text;
        }

        /** Finds the next match, as {@link Matcher#find()} would. */
        public boolean find() {
            int length = text.length();
            for (int i = candidate(next); i < length; i = candidate(i + 1)) {
                if (matchesAt(i)) {
                    return true;
                }
            }
            if (next <= length && scan.matchesEmpty && matchesAt(length)) {
                return true;
            }
            next = length + 1;
            if (matcher != null) {
                scan.spare.set(matcher); // no match is read after the last find()
                matcher = null;
            }
            return false;
        }

        /** The first position at or after {@code from} whose character may start a match, or the length. */
        private int candidate(int from) {
            int length = text.length();
            if (scan.startList != null && scan.startList.length <= FEW && text instanceof String s) {
                int first = length;
                for (char c : scan.startList) { // String.indexOf is far faster than a loop over the characters
                    int at = s.indexOf(c, from);
                    if (at >= 0 && at < first) {
                        first = at;
                    }
                }
                return first;
            }
            for (int i = from; i < length; i++) {
                if (scan.mayStartWith(text.charAt(i))) {
                    return i;
                }
            }
            return length;
        }

        private boolean matchesAt(int i) {
            if (matcher == null) {
                matcher = scan.spare.get();
                scan.spare.set(null);
                matcher = matcher == null ? scan.pattern.matcher(text) : matcher.reset(text);
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(i, text.length());
            if (!matcher.lookingAt()) {
                return false;
            }
            next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
            return true;
        }

        /** The underlying matcher, positioned on the last match. */
        public Matcher matcher() {
            return matcher;
        }

        @Override
        public int start() {
            return matcher.start();
        }

        @Override
        public int start(int group) {
            return matcher.start(group);
        }

        @Override
        public int end() {
            return matcher.end();
        }

        @Override
        public int end(int group) {
            return matcher.end(group);
        }

        @Override
        public String group() {
            return matcher.group();
        }

        @Override
        public String group(int group) {
            return matcher.group(group);
        }

        @Override
        public int groupCount() {
            return matcher.groupCount();
        }
    }
}
