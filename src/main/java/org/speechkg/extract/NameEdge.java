package org.speechkg.extract;

import java.util.List;
import java.util.Set;

/**
 * The left edge of a name that ends in a head noun (…规划, …制度, …战略), read from HanLP's tokens and
 * tags rather than from characters: walking back from the head, the name stops at punctuation, a
 * particle, preposition, conjunction, pronoun or place word (的, 对, 和, 这, 当地), a verb that governs the name
 * (制定, 落实, 健全…: each grammar gives its own set, since 扩大 governs a list but is part of 扩大内需战略), or any
 * verb whose subject, a body or a person, stands right before it (某部梳理…清单).
 * A quoted part just before the head joins the name (“十四五”规划), and 关于 opens one. Leading adverbs
 * and verbs of carrying out (深入实施, 全面落实) are then dropped from the front.
 *
 * @param start    where the name begins (sentence offset)
 * @param governed true when a governing verb, or a dropped verb of carrying out, stands before the name
 */
record NameEdge(int start, boolean governed) {
    /** Function words that end a name even where HanLP tags them otherwise. */
    private static final Set<String> FUNCTION = Set.of("的", "了", "着", "在", "和", "与", "及", "及其", "同", "对", "把",
            "将", "由", "从", "向", "被", "为", "以", "等", "并", "或", "于", "就", "到", "是", "有", "也", "又", "还", "都");
    /** Aspect particles after a verb (制定了, 出台过). */
    private static final Set<String> ASPECT = Set.of("了", "过", "着");
    /** Adverbs and verbs of carrying out that precede a name without being part of it (全面 and 积极 may be part). */
    static final Set<String> LEADING = Set.of("实施", "深入", "加快", "继续", "进一步", "持续", "严格",
            "切实", "大力", "认真", "着力", "加力", "坚决", "不断", "抓紧", "扎实", "努力", "稳妥", "有效", "更好",
            "始终", "贯彻", "落实", "执行", "推进", "我国", "我省", "我市", "我县", "我区", "本市", "本省", "本县");
    /** Verbs that open a title when a governing verb precedes them (出台优化…若干措施). */
    private static final Set<String> TITLE_OPENING = Set.of("优化", "促进", "加强", "完善", "推进", "支持", "加快", "健全", "深化",
            "调整", "实施");
    /** Verbs that issue a text: a title-opening verb right after one belongs to the title. */
    private static final Set<String> PUBLISHING = Set.of("出台", "制定", "制订", "印发", "发布", "起草", "颁布");
    /** A governing verb right before the head, with less than this between, is part of the name (…优化实施规划). */
    private static final int MIN_MODIFIER = 3;
    /** Leading verbs of carrying out: dropping one from the front of a name marks the name as governed. */
    private static final Set<String> CARRYING_OUT = Set.of("实施", "贯彻", "落实", "执行", "推进");
    private static final Set<String> TAG_STOPS = Set.of("p", "c", "cc", "r", "rr", "rz", "ry", "rys", "ryt", "ryv", "rzs",
            "rzt", "rzv", "u", "uj", "ule", "uguo", "uz", "y", "e", "o", "s");

    /**
     * The edge of the name whose head starts at {@code headStart} in {@code s}, looking back at most
     * {@code maxLen} characters; null when no boundary is found within that window (too long for a name).
     */
    static NameEdge of(String s, int headStart, int maxLen, Set<String> governing, Set<String> leading) {
        int from = Math.max(0, headStart - maxLen);
        List<HanLpAdapter.Token> tokens = window(s, from, headStart);
        int start = -1;
        boolean governed = false;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            HanLpAdapter.Token t = tokens.get(i);
            int at = from + t.offset();
            if (t.word().equals("关于")) {
                start = at;
                break;
            }
            if (t.word().equals("”")) {
                int open = s.lastIndexOf('“', at);
                if (open >= 0 && at - open <= 10 && open >= from) {
                    i = skipTo(tokens, open - from);
                    if (i > 0 && tokens.get(i - 1).tag().startsWith("v")) { // a verb before the quote governs it
                        start = open;
                        governed = true;
                        break;
                    }
                    continue;
                }
            }
            if (count(tokens, i)) {
                start = at + t.word().length();
                break;
            }
            if (stop(t)) {
                start = at + t.word().length();
                boolean aspect = ASPECT.contains(t.word()) && i > 0; // 制定了…方案: the verb before 了 governs
                governed = governing.contains(t.word()) || (aspect && governing.contains(tokens.get(i - 1).word()));
                break;
            }
            if (actorVerb(tokens, i) && headStart - (at + t.word().length()) >= 2) { // 某部梳理…清单: the body is the subject
                start = at + t.word().length();
                governed = true;
                break;
            }
            boolean internal = TITLE_OPENING.contains(t.word()) && headStart - (at + t.word().length()) < MIN_MODIFIER;
            if (governing.contains(t.word()) && !internal) {
                boolean opensTitle = i > 0 && TITLE_OPENING.contains(t.word()) && PUBLISHING.contains(tokens.get(i - 1).word());
                start = opensTitle ? at : at + t.word().length();
                governed = true;
                break;
            }
        }
        if (start < 0) {
            if (from > 0) return null;
            start = 0;
        }
        return dropLeading(s, start, headStart, governed, leading);
    }

    /**
     * The words whose presence in a window lets {@link #of} find the name governed: the governing verbs, and
     * the verbs of carrying out among the leading words. Made once per grammar.
     */
    static Words governors(Set<String> governing, Set<String> leading) {
        Set<String> words = new java.util.HashSet<>(governing);
        for (String w : leading) {
            if (CARRYING_OUT.contains(w)) words.add(w);
        }
        return new Words(words);
    }

    /**
     * False only when {@code of(s, headStart, maxLen, governing, leading)} cannot be governed, whatever HanLP's
     * words: every way to a governed edge reads a governing verb or a leading verb of carrying out written inside
     * the window, or a closing quote in it; when the window holds none of them the sentence need not be segmented
     * to know it. {@code governors} is {@link #governors(Set, Set)} of the same sets.
     */
    static boolean mayBeGoverned(String s, int headStart, int maxLen, Words governors) {
        int from = Math.max(0, headStart - maxLen);
        int quote = s.indexOf('”', from);
        return (quote >= 0 && quote < headStart) || governors.anyWithin(s, from, headStart)
                || mayHoldActor(s, from, headStart);
    }

    /**
     * True when {@code s[from, to)} holds a character a body's name ends in ({@link #BODY_END}: 教育部梳理…清单),
     * so {@link #actorVerb} may find its subject there. A cheap approximation, used only to decide whether a
     * head is worth segmenting: a subject HanLP tags nt/nr without such a character is not seen by it (on the
     * development texts and bench speeches the output is the same as segmenting every head).
     */
    private static boolean mayHoldActor(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BODY_END.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A set of words looked for inside a span of a text, indexed by their first character. */
    static final class Words {
        private final java.util.Map<Character, String[]> byFirst = new java.util.HashMap<>();
        private final long[] firsts = new long[1024];

        Words(Set<String> words) {
            java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
            for (String w : words) {
                if (w.isEmpty()) continue;
                m.computeIfAbsent(w.charAt(0), k -> new java.util.ArrayList<>()).add(w);
                firsts[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            }
            m.forEach((c, l) -> byFirst.put(c, l.toArray(new String[0])));
        }

        /** True when one of the words is written wholly inside {@code [from, to)} of {@code s}. */
        boolean anyWithin(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if ((firsts[c >>> 6] & (1L << c)) == 0) continue;
                for (String w : byFirst.get(c)) {
                    if (i + w.length() <= to && s.startsWith(w, i)) return true;
                }
            }
            return false;
        }
    }

    /**
     * HanLP's words of {@code s} between {@code from} and {@code to}, offsets relative to {@code from}, read
     * from the segmentation of the whole sentence (made once per sentence and shared by every head in it);
     * a word running across {@code to} is segmented again on its own part, one cut at {@code from} is left out.
     */
    private static List<HanLpAdapter.Token> window(String s, int from, int to) {
        List<HanLpAdapter.Token> out = new java.util.ArrayList<>();
        for (HanLpAdapter.Token t : HanLpAdapter.segment(s)) {
            int b = t.offset();
            int e = b + t.word().length();
            if (b >= to) {
                break;
            }
            if (b < from) {
                continue;
            }
            if (e <= to) {
                out.add(new HanLpAdapter.Token(t.word(), t.tag(), b - from));
            } else {
                for (HanLpAdapter.Token u : HanLpAdapter.segment(s.substring(b, to))) {
                    out.add(new HanLpAdapter.Token(u.word(), u.tag(), b - from + u.offset()));
                }
            }
        }
        return out;
    }

    /**
     * A verb right after a body or a person (司法部梳理…, 某某制定…): the body is the clause's subject and the verb
     * governs the title, whatever the verb; 中央 and 国家 open titles (中央经济工作会议) and are no subject.
     */
    private static boolean actorVerb(List<HanLpAdapter.Token> tokens, int i) {
        HanLpAdapter.Token verb = tokens.get(i);
        if (i == 0 || !verb.tag().equals("v") || verb.word().length() < 2) {
            return false;
        }
        HanLpAdapter.Token subject = tokens.get(i - 1);
        String tag = subject.tag();
        boolean body = tag.equals("n") && subject.word().length() >= 3 && BODY_END.indexOf(subject.word().charAt(subject.word().length() - 1)) >= 0;
        return tag.startsWith("nt") || tag.startsWith("nr") || body;
    }

    /** Last characters of a body's name that HanLP tags as a common noun (某某部, 某某局). */
    private static final String BODY_END = "部委局厅署院办";

    private static int skipTo(List<HanLpAdapter.Token> tokens, int offset) {
        int i = tokens.size() - 1;
        while (i > 0 && tokens.get(i).offset() > offset) i--;
        return i;
    }

    /** A count (24项, 125条, 6方面) ends a name; a year (2021年度) does not. */
    private static boolean count(List<HanLpAdapter.Token> tokens, int i) {
        HanLpAdapter.Token t = tokens.get(i);
        boolean afterNumber = i > 0 && isNumber(tokens.get(i - 1).word());
        return afterNumber && !t.word().startsWith("年") && (t.tag().startsWith("q") || t.tag().startsWith("m") || t.word().length() <= 2);
    }

    /** True when {@code w} is ASCII digits, with one decimal part or none (what \\d+(\\.\\d+)? matches). */
    private static boolean isNumber(String w) {
        int n = w.length();
        int i = 0;
        while (i < n && isDigit(w.charAt(i))) i++;
        if (i == 0) return false;
        if (i == n) return true;
        if (w.charAt(i) != '.' || i + 1 == n) return false;
        for (int j = i + 1; j < n; j++) {
            if (!isDigit(w.charAt(j))) return false;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean stop(HanLpAdapter.Token t) {
        return t.tag().startsWith("w") || FUNCTION.contains(t.word())
                || (TAG_STOPS.contains(t.tag()) && !t.word().equals("自")); // 自 opens 自贸, 自治 when HanLP splits them
    }

    /** Drops verbs of carrying out and adverbs from the front of the name (深入实施X战略 → X战略). */
    private static NameEdge dropLeading(String s, int start, int headStart, boolean governed, Set<String> leading) {
        boolean dropped = true;
        while (dropped && start < headStart) {
            dropped = false;
            for (String w : leading) {
                if (s.startsWith(w, start) && start + w.length() < headStart - 1) {
                    start += w.length();
                    governed |= CARRYING_OUT.contains(w);
                    dropped = true;
                    break;
                }
            }
        }
        return new NameEdge(start, governed);
    }
}
