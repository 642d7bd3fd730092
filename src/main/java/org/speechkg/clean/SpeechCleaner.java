package org.speechkg.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;
import org.speechkg.ingest.RawSpeech;

/**
 * Removes the noise document-sharing sites add and undoes deliberate obfuscations.
 *
 * <ul>
 *   <li>Noise: paywall markers ({@code ##paidbegin##}, {@code ##paidend##}, any {@code ##paid…##}) are cut
 *       out; a short line announcing an edit or download password is dropped whole, and such a notice
 *       inside a longer line is cut out with the password, leaving the rest of the line.</li>
 *   <li>Web markup ({@link Markup}: HTML tags and entities, Markdown, footnote markers) and page
 *       boilerplate lines ({@link Boilerplate}: 责任编辑：…, 分享到, copyright lines) are removed as noise too,
 *       so they reach neither labels nor the published text.</li>
 *   <li>Obfuscations, undone in the normalised text only: a letter X glued before a leader's name
 *       ({@code X习近平}), pinyin for sensitive words ({@code dangshi} → 党史), and two-letter initials
 *       between Chinese characters ({@code ZZ} → 政治, {@code MG} → 敏感). Anonymised placeholders such as
 *       {@code XX市} are left alone: they are names, not obfuscations.</li>
 *   <li>A line break inside a 《title》 is removed from the normalised text (a layout artefact).</li>
 *   <li>Sentences end at 。！？!? (with closing quotes kept) or at a line break, but not inside quotation
 *       marks or a 《title》 ({@link Quotes}): “…。…” is one sentence, which ends after the closing mark
 *       when the quotation ends with 。; one longer than
 *       {@value #MAX_SENTENCE} characters is cut at a clause mark, so extraction time stays linear.</li>
 * </ul>
 */
public final class SpeechCleaner implements Cleaner {
    private static final Scan PAYWALL = Scan.compile("##\\s*paid[a-z]*\\s*##", Pattern.CASE_INSENSITIVE);
    /** A short line announcing a password (本文档编辑密码：…); a long line keeps its text, see below. */
    private static final Scan PASSWORD_LINE = Scan.compile(
            "(?m)^[^\\n]{0,40}(编辑密码|文档密码|下载密码|解压密码|修改密码|password)[^\\n]{0,40}(\\n|$)", Pattern.CASE_INSENSITIVE);
    /** The same notice inside a longer line: only the notice and the password go. */
    private static final Scan PASSWORD_NOTICE = Scan.compile(
            "(本文档|本文|文档)?(编辑密码|文档密码|下载密码|解压密码|修改密码|password)\\s*[：:]?\\s*[\\x21-\\x7E]{0,32}",
            Pattern.CASE_INSENSITIVE);

    /** What every password notice contains; a speech without it is not searched for one. */
    private static final Scan PASSWORD_CUE = Scan.compile("密码|password", Pattern.CASE_INSENSITIVE);

    /** Obfuscation patterns and what they stand for, tried in this order. */
    private static final List<Rule> RULES = List.of(
            new Rule(Scan.compile("(?<![A-Za-zＸ])[XxＸ](?=(习近平|毛泽东|邓小平|江泽民|胡锦涛|李强|赵乐际|王沪宁))"), 0, ""),
            new Rule(Scan.compile("(?i)(?<![A-Za-z])dang\\s?shi(?![A-Za-z])"), 0, "党史"),
            new Rule(Scan.compile("(?i)(?<![A-Za-z])zheng\\s?zhi(?![A-Za-z])"), 0, "政治"),
            new Rule(Scan.compile("(?i)(?<![A-Za-z])min\\s?gan(?![A-Za-z])"), 0, "敏感"),
            new Rule(Scan.compile("(?i)(?<![A-Za-z])gong\\s?chan\\s?dang(?![A-Za-z])"), 0, "共产党"),
            new Rule(Scan.compile("(?<=\\p{IsHan})ZZ(?=\\p{IsHan})"), 0, "政治"),
            new Rule(Scan.compile("(?<=\\p{IsHan})MG(?=\\p{IsHan})"), 0, "敏感"),
            // a line break inside a title (《实施办法\n》) is a layout artefact of the sharing site
            new Rule(Scan.compile("《[^《》\\n]{0,80}?(\\n{1,5})[^《》\\n]{0,80}》"), 1, ""));

    /** Longest sentence handed to extraction, in UTF-16 units. */
    static final int MAX_SENTENCE = 600;
    private static final String CLAUSE_MARKS = "，；：、,;: ";
    private static final Scan SENTENCE_END = Scan.compile("[。！？!?]+[”’」』）)]*|\\n+");

    /** Where {@code pattern} matches, its {@code group} (0: the whole match) stands for {@code replacement}. */
    private record Rule(Scan pattern, int group, String replacement) {}

    @Override
    public CleanSpeech clean(RawSpeech raw) {
        List<String> noise = new ArrayList<>();
        String original = removeNoise(raw.text(), noise);
        List<Substitution> subs = findSubstitutions(original);
        if (subs.isEmpty()) {
            // nothing undone: the text is the original and each character maps to itself (as the builder would make it)
            int n = original.length();
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = i;
                ends[i] = i + 1;
            }
            return new CleanSpeech(raw, original, original, new OffsetMap(starts, ends, n), split(original), noise, subs);
        }
        OffsetMap.Builder b = new OffsetMap.Builder(original.length());
        int pos = 0;
        for (Substitution s : subs) {
            b.copy(original, pos, s.start());
            if (s.replacement().isEmpty()) {
                pos = s.start(); // deletion: the deleted span is absorbed by the next character below
                absorbDeletion(b, original, s);
                pos = s.end() + 1;
            } else {
                b.append(s.replacement(), s.start(), s.end());
                pos = s.end();
            }
        }
        b.copy(original, Math.min(pos, original.length()), original.length());
        String text = b.text();
        return new CleanSpeech(raw, original, text, b.build(original.length()), split(text), noise, subs);
    }

    private static void absorbDeletion(OffsetMap.Builder b, String original, Substitution s) {
        if (s.end() < original.length()) {
            b.append(original.substring(s.end(), s.end() + 1), s.start(), s.end() + 1);
        }
    }

    static String removeNoise(String text, List<String> noise) {
        Consumer<String> removed = n -> noise.add(n.strip());
        String t = Boilerplate.strip(Markup.strip(text, removed), removed);
        if (PASSWORD_CUE.foundIn(t)) {
            t = PASSWORD_NOTICE.cut(PASSWORD_LINE.cut(t, removed), removed);
        }
        if (t.contains("##")) {
            t = PAYWALL.cut(t, removed);
        }
        return t.strip();
    }

    private static List<Substitution> findSubstitutions(String original) {
        List<Substitution> found = new ArrayList<>();
        for (Rule r : RULES) {
            Scan.Hits m = r.pattern().in(original);
            while (m.find()) {
                int start = m.start(r.group());
                int end = m.end(r.group());
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Substitution(start, end, m.group(r.group()), r.replacement()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Substitution::start));
        return found;
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Quotes quotes = Quotes.of(text);
        Scan.Hits m = SENTENCE_END.in(text);
        int start = 0;
        while (m.find()) {
            boolean lineBreak = m.group().startsWith("\n");
            if (!lineBreak && quotes.inside(m.end())) {
                continue; // 。 inside “…” or 《…》 does not end the sentence
            }
            addBounded(out, text, start, lineBreak ? m.start() : m.end());
            start = m.end();
        }
        addBounded(out, text, start, text.length());
        return out;
    }

    /**
     * Adds a sentence, cut into pieces of at most {@link #MAX_SENTENCE} characters (at the last clause mark
     * before the limit, else at the limit). Real sentences are far shorter; text that lost its punctuation
     * (one endless line) would otherwise make a single sentence whose cost grows with the square of its length.
     */
    private static void addBounded(List<Sentence> out, String text, int start, int end) {
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            for (int i = cut - 1; i > start + MAX_SENTENCE / 2; i--) {
                if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                    cut = i + 1;
                    break;
                }
            }
            add(out, text, start, cut);
            start = cut;
        }
        add(out, text, start, end);
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }
}
