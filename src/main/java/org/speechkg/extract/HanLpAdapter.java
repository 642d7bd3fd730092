package org.speechkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place the project touches HanLP. HanLP 1.x keeps global static configuration; this adapter
 * sets it once (no custom dictionary cache files, quiet logging) and exposes only what the project
 * uses: segmentation tagged from HanLP's core dictionary (the statistical Viterbi segmenter, and the
 * dictionary's own longest-match segmenter, several times faster), a look-up of a word's tags, and
 * traditional → simplified conversion.
 * HanLP's statistical name and place guessers are off: on political prose they turn verb phrases into
 * names (学铸魂, 实和城市); the dictionary's person (nr) and place (ns) tags are reliable.
 * Segmenter instances are not shared between threads.
 */
public final class HanLpAdapter {
    /** A segmented word with its part-of-speech tag and offset in the input. */
    public record Token(String word, String tag, int offset) {
        public boolean isPerson() {
            return tag.startsWith("nr");
        }

        public boolean isPlace() {
            return tag.startsWith("ns");
        }
    }

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableCustomDictionary(false));

    private static final ThreadLocal<Segment> NAME_GUESSER = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableCustomDictionary(false));

    private static final ThreadLocal<Segment> DICTIONARY = ThreadLocal.withInitial(() -> new DoubleArrayTrieSegment()
            .enablePartOfSpeechTagging(true)
            .enableOffset(true)
            .enableCustomDictionary(false));

    private static final int SIMPLIFIED_CACHE = 100_000;
    private static final Map<String, String> SIMPLIFIED = new ConcurrentHashMap<>();

    static {
        HanLP.Config.enableDebug(false);
        HanLP.Config.ShowTermNature = true;
    }

    private HanLpAdapter() {}

    /**
     * The last few segmentations of this thread, per kind. Several recognizers read the same sentence (and
     * the same clause) through HanLP; remembering the last results makes each distinct text cost one
     * segmentation. Results are immutable lists, safe to hand out again.
     */
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    /** A small per-thread memo of recent segmentations, keyed by kind and text. */
    private static final class Memo extends java.util.LinkedHashMap<String, List<Token>> {
        private static final int SIZE = 64;
        /** Longer texts (a whole speech) are segmented once anyway and not worth keeping. */
        private static final int LONGEST = 1024;

        Memo() {
            super(SIZE * 2, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
            return size() > SIZE;
        }

        List<Token> get(char kind, String text, java.util.function.Function<String, List<Token>> compute) {
            if (text.length() > LONGEST) {
                return compute.apply(text);
            }
            String key = kind + text;
            List<Token> hit = super.get(key);
            if (hit == null) {
                hit = List.copyOf(compute.apply(text));
                put(key, hit);
            }
            return hit;
        }
    }

    /** Segments {@code text} into tagged words with offsets. */
    public static List<Token> segment(String text) {
        return MEMO.get().get('v', text, t -> tokens(SEGMENT.get().seg(t)));
    }

    /**
     * Segments {@code text} by longest match over HanLP's core dictionary, each word with its dictionary
     * tag. About five times faster than {@link #segment}; what it lacks is the bigram model choosing
     * between overlapping words, which the nouns read around a reported number do not need.
     */
    public static List<Token> segmentByDictionary(String text) {
        return MEMO.get().get('d', text, t -> tokens(DICTIONARY.get().seg(t)));
    }

    /**
     * The person (nr…) and place (ns…) words of two or more characters in {@code text}, as
     * {@link #segmentByDictionary} would return them: the same longest-match walk over HanLP's core
     * dictionary, keeping only those words instead of building every term of the sentence.
     */
    public static List<Token> dictionaryPersonsAndPlaces(String text) {
        return MEMO.get().get('p', text, HanLpAdapter::personsAndPlaces);
    }

    private static List<Token> personsAndPlaces(String text) {
        List<Token> out = new ArrayList<>();
        DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher words =
                CoreDictionary.trie.getLongestSearcher(text.toCharArray(), 0);
        while (words.next()) {
            String tag = words.length >= 2 ? words.value.nature[0].toString() : "";
            if (tag.startsWith("nr") || tag.startsWith("ns")) {
                out.add(new Token(text.substring(words.begin, words.begin + words.length), tag, words.begin));
            }
        }
        return out;
    }

    /**
     * True when HanLP's core dictionary lists {@code word} as a common noun and as nothing else (二传手,
     * 一把手): a word of the language, not a coined formula. Idioms and abbreviations (五位一体: l, j) are
     * not common nouns.
     */
    public static boolean isCommonNoun(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (var nature : a.nature) {
            if (!nature.toString().equals("n")) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokens(List<Term> terms) {
        return terms.stream().map(t -> new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset)).toList();
    }

    /**
     * Segments with HanLP's statistical person-name guesser on. Its guesses are unreliable alone; callers
     * accept them only with corroboration (a title such as 同志 or 书记 right after the name).
     */
    public static List<Token> segmentGuessingNames(String text) {
        return tokens(NAME_GUESSER.get().seg(text));
    }

    /**
     * Traditional → simplified Chinese. Labels repeat across sentences and speeches, so conversions are
     * remembered (up to {@value #SIMPLIFIED_CACHE} texts, then forgotten at once).
     */
    public static String toSimplified(String text) {
        if (SIMPLIFIED.size() > SIMPLIFIED_CACHE) {
            SIMPLIFIED.clear();
        }
        return SIMPLIFIED.computeIfAbsent(text, HanLP::convertToSimplifiedChinese);
    }

    private static final int LONGEST_WORD = 6;

    /**
     * Segments {@code text} by longest match over HanLP's core dictionary read from the right, each word with
     * its most frequent tag (runs of digits are one numeral, m). Reading from the right suits a phrase that ends
     * in a known head: the words next to the head are taken first (在教育, not 在教/育), and it costs a few
     * dictionary look-ups per character, not a statistical segmentation.
     */
    public static List<Token> segmentBackward(String text) {
        java.util.LinkedList<Token> out = new java.util.LinkedList<>();
        int end = text.length();
        while (end > 0) {
            int start = numeralStart(text, end);
            String tag = "m";
            if (start == end) {
                start = end - 1;
                tag = "";
                for (int len = Math.min(LONGEST_WORD, end); len >= 1; len--) {
                    int index = CoreDictionary.trie.exactMatchSearch(text, end - len, end, 0); // from, to (exclusive), root
                    if (index >= 0 && !endsInLooseFunctionChar(text, end - len, end)) {
                        start = end - len;
                        tag = CoreDictionary.trie.get(index).nature[0].toString();
                        break;
                    }
                }
            }
            out.addFirst(new Token(text.substring(start, end), tag, start));
            end = start;
        }
        return new ArrayList<>(out);
    }

    private static final String NUMERALS = "0123456789一二三四五六七八九十百千万零两";
    private static final String LOOSE_FUNCTION = "和与的是在及或了";

    /** Start of a run of two or more numerals ending at {@code end} (三十四, 2023), with a 第 before it; else {@code end}. */
    private static int numeralStart(String text, int end) {
        int start = end;
        while (start > 0 && NUMERALS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        boolean ordinal = start > 0 && start < end && text.charAt(start - 1) == '第';
        boolean digits = start < end && Character.isDigit(text.charAt(end - 1));
        if (end - start >= 2 || ordinal || digits) {
            return ordinal ? start - 1 : start;
        }
        return end;
    }

    /**
     * True when a dictionary word ends in a function character that belongs with the word before it instead:
     * 会议和 is 会议 + 和, not 会 + 议和; 特别是 is 特别 + 是.
     */
    private static boolean endsInLooseFunctionChar(String text, int start, int end) {
        return end - start == 2 && LOOSE_FUNCTION.indexOf(text.charAt(end - 1)) >= 0 && start > 0
                && CoreDictionary.trie.exactMatchSearch(text, start - 1, end - 1, 0) >= 0;
    }

    /** The first tag HanLP's core dictionary gives {@code word}, or null when it is not a word of the dictionary. */
    public static String dictionaryTag(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null ? null : a.nature[0].toString();
    }

    /**
     * The part-of-speech tags HanLP's core dictionary gives {@code word}, most frequent first; empty when the
     * dictionary does not know the word. Used to judge whether a place's short form is also a common word.
     */
    public static List<String> dictionaryTags(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null ? List.of() : java.util.Arrays.stream(a.nature).map(Object::toString).toList();
    }

    /**
     * One longest-match walk over HanLP's core dictionary, as {@link #segmentByDictionary} would segment
     * {@code text}: its person and place words ({@link #dictionaryPersonsAndPlaces}) and where its words
     * start and end (a set bit at each boundary, 0 and the length included). A name that does not start and
     * end on such boundaries is not a word of the text (长治 in 长治久安).
     */
    public record DictionaryWalk(List<Token> personsAndPlaces, java.util.BitSet edges) {}

    /** See {@link DictionaryWalk}. */
    public static DictionaryWalk dictionaryWalk(String text) {
        List<Token> names = new ArrayList<>();
        java.util.BitSet edges = new java.util.BitSet(text.length() + 1);
        edges.set(0, text.length() + 1);
        DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher words =
                CoreDictionary.trie.getLongestSearcher(text.toCharArray(), 0);
        while (words.next()) {
            if (words.length >= 2) {
                edges.clear(words.begin + 1, words.begin + words.length);
                String tag = words.value.nature[0].toString();
                if (tag.startsWith("nr") || tag.startsWith("ns")) {
                    names.add(new Token(text.substring(words.begin, words.begin + words.length), tag, words.begin));
                }
            }
        }
        return new DictionaryWalk(names, edges);
    }
}
