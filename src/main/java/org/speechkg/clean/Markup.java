package org.speechkg.clean;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Removes the markup a text copied from the web carries, so it reaches neither labels nor the published text.
 *
 * <ul>
 *   <li>HTML: comments, doctype, script/style blocks and the tags of HTML elements ({@code </p><p>},
 *       {@code <br/>}, {@code <strong>}); a block element's tag becomes a line break, an inline one goes.
 *       Only names of HTML elements count as tags, so a {@code <} in running text stays. Character
 *       entities ({@code &nbsp;}, {@code &amp;}, {@code &#8220;}) are decoded first, so escaped markup
 *       ({@code &lt;p&gt;}) goes as well.</li>
 *   <li>Markdown: heading hashes, emphasis ({@code **bold**}), links ({@code [text](url)} keeps the text),
 *       images, block quotes, list bullets, rules ({@code ---}), code fences and backslash escapes. A
 *       single {@code *} is left alone: it is the anonymising placeholder of {@code *县}.</li>
 *   <li>Footnote markers: {@code [2]}, {@code ［15］}, {@code [注1]}, {@code [^3]}, superscript digits, and a
 *       circled number ({@code ①}) written right after a word and before punctuation (a circled number that
 *       opens an item of a list stays).</li>
 * </ul>
 * Invisible characters inside words (zero-width spaces, soft hyphens) go too, so a name split by one is
 * read whole. Every fragment removed is handed to the caller as noise.
 */
final class Markup {
    /** HTML elements whose tag separates lines of text. */
    private static final String BLOCK = "p|br|div|h[1-6]|ul|ol|li|table|tr|thead|tbody|tfoot|caption|section|article"
            + "|blockquote|pre|hr|header|footer|nav|aside|main|dl|dt|dd|figure|figcaption|title|body|html|head"
            + "|address|center|form|fieldset|legend|details|summary|option|select|textarea|iframe";
    /** HTML elements whose tag only marks up text inside a line. */
    private static final String INLINE = "span|strong|b|i|em|u|a|font|sup|sub|small|big|label|s|strike|del|ins|mark"
            + "|abbr|cite|q|tt|code|kbd|var|wbr|col|colgroup|td|th|img|meta|link|input|button|o:p|st1:[a-z]+|nobr|time"
            + "|picture|source|video|audio|svg|path|style|script|noscript";
    private static final Scan BLOCK_TAG = Scan.compile("(?i)</?(?:" + BLOCK + ")(?:\\s[^<>]{0,400})?/?>");

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", "　"), Map.entry("thinsp", " "),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("middot", "·"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("times", "×"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("bull", "•"), Map.entry("deg", "°"), Map.entry("yen", "¥"), Map.entry("shy", ""),
            Map.entry("zwj", ""), Map.entry("zwnj", ""));
    private static final Scan ENTITY = Scan.compile("&(?:([a-zA-Z]{2,8})|#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));");

    /**
     * A step: where {@code pattern} matches, the text becomes {@code replacement} of the match. A step runs
     * only on a text that contains one of its {@code cues} (most steps have nothing to do in most texts).
     */
    private record Step(Scan pattern, Function<MatchResult, String> replacement, String... cues) {
        static Step drop(String regex, String... cues) {
            return new Step(Scan.compile(regex), m -> "", cues);
        }

        static Step keep(String regex, int group, String... cues) {
            return new Step(Scan.compile(regex), m -> m.group(group), cues);
        }

        boolean cued(String text) {
            for (String c : cues) {
                if (text.contains(c)) {
                    return true;
                }
            }
            return cues.length == 0;
        }
    }

    /** A step of {@link #LINE}: applied to one line at a time. */
    private record LineStep(Pattern pattern, String replacement) {
        LineStep(String regex) {
            this(Pattern.compile(regex), "");
        }
    }

    /** Invisible characters pages put inside words (zero-width spaces and joiners, soft hyphens, stray BOMs). */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    private static final Step INVISIBLES = Step.drop("[" + INVISIBLE + "]+", INVISIBLE.split(""));

    private static final List<Step> HTML = List.of(
            Step.drop("(?s)<!--.*?-->", "<!--"),
            Step.drop("<![A-Za-z][^<>]{0,400}>|<\\?[A-Za-z][^<>]{0,400}\\?>", "<!", "<?"),
            Step.drop("(?is)<(script|style|noscript)\\b[^>]{0,400}>.*?</\\1\\s*>", "</"),
            Step.drop("(?i)<sup>\\s*[\\[［]?\\d{1,3}[\\]］]?\\s*</sup>", "</"),
            new Step(BLOCK_TAG, m -> "\n"),
            Step.drop("(?i)</?(?:" + INLINE + ")(?:\\s[^<>]{0,400})?/?>"),
            Step.keep("<((?:https?|ftp)://[^<>\\s]{1,500})>", 1, "://"));

    /** The characters a line of Markdown markup starts with (after up to three spaces). */
    private static final String LINE_CUES = "`~-*_|#>+•";
    private static final List<LineStep> LINE = List.of(
            new LineStep("^[ \\t]{0,3}(?:```|~~~).*$"),
            new LineStep("^[ \\t]{0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"),
            new LineStep("^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?[ \\t]*$"),
            new LineStep("^[ \\t]{0,3}(?:>[ \\t]?)+"),
            new LineStep("^[ \\t]{0,3}#{1,6}(?:[ \\t]+|(?=[\\p{IsHan}《“【（]))"),
            new LineStep("(?<=[^#\\s])[ \\t]+#{1,6}[ \\t]*$"),
            new LineStep("^[ \\t]*[-*+•][ \\t]+"));

    private static final List<Step> INLINE_MARKDOWN = List.of(
            Step.drop("!\\[[^\\]\\n]{0,200}\\]\\([^)\\n]{0,500}\\)", "]("),
            Step.keep("\\[([^\\]\\n]{1,200})\\]\\(\\s*<?[^)\\s<>\\p{IsHan}]{1,500}>?(?:\\s+\"[^\"\\n]*\")?\\s*\\)", 1, "]("),
            Step.keep("\\*{3}([^*\\n]{1,300}?)\\*{3}(?![省市县区镇乡村州盟旗])", 1, "***"),
            // not **县**镇: a pair of two-star placeholders before level words is not bold
            Step.keep("\\*\\*([^*\\n]{1,300}?)\\*\\*(?![省市县区镇乡村州盟旗])", 1, "**"),
            Step.keep("(?<![A-Za-z0-9_])__([^_\\n]{1,300}?)__(?![A-Za-z0-9_])", 1, "__"),
            Step.keep("~~([^~\\n]{1,300}?)~~", 1, "~~"),
            Step.keep("`([^`\\n]{1,200})`", 1, "`"),
            Step.keep("\\\\([*_#\\[\\]()>`~\\\\-])", 1, "\\"));

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹";
    private static final List<Step> FOOTNOTES = List.of(
            Step.drop("\\[\\^[^\\]\\s]{1,20}\\]:?", "[^"),
            Step.drop("[\\[［](?:注释?)?\\s?\\d{1,3}[\\]］]|[\\[［]注释?[\\]］]", "[", "［"),
            Step.drop("(?<=[\\p{IsHan}》”」』）])[" + CIRCLED + "](?=[。，；、：！？,.;:!?）」”]|[ \\t]*(?:\\n|$))",
                    CIRCLED.split("")),
            Step.drop("(?<=[\\p{IsHan}》”」』）。，；])[" + SUPERSCRIPTS + "]+", SUPERSCRIPTS.split("")));

    private Markup() {}

    /** {@code text} without markup; each fragment removed is handed to {@code removed}. */
    static String strip(String text, Consumer<String> removed) {
        String t = apply(List.of(INVISIBLES), text, removed);
        if (t.indexOf('&') >= 0) {
            t = decodeEntities(decodeEntities(t, removed), removed); // twice: &amp;nbsp; is common on the web
        }
        if (t.indexOf('<') >= 0) {
            t = apply(HTML, t, removed);
        }
        t = apply(INLINE_MARKDOWN, lineMarkup(t, removed), removed);
        return apply(FOOTNOTES, t, removed);
    }

    private static String apply(List<Step> steps, String text, Consumer<String> removed) {
        String t = text;
        for (Step s : steps) {
            if (s.cued(t)) {
                t = replace(s.pattern(), t, s.replacement(), removed);
            }
        }
        return t;
    }

    /** {@code text} with the Markdown markup of its lines removed; only lines starting with a cue are read. */
    private static String lineMarkup(String text, Consumer<String> removed) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            int first = from;
            while (first < end && first - from < 4 && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            String line = text.substring(from, end);
            out.append(first < end && LINE_CUES.indexOf(text.charAt(first)) >= 0 ? stripLine(line, removed) : line);
            if (nl < 0) {
                break;
            }
            out.append('\n');
            from = nl + 1;
        }
        return out.toString();
    }

    private static String stripLine(String line, Consumer<String> removed) {
        String l = line;
        for (LineStep s : LINE) {
            Matcher m = s.pattern().matcher(l);
            if (m.find()) {
                removed.accept(m.group());
                l = l.substring(0, m.start()) + s.replacement() + l.substring(m.end());
            }
        }
        return l;
    }

    private static String decodeEntities(String text, Consumer<String> removed) {
        return replace(ENTITY, text, Markup::entity, removed);
    }

    /** The character an entity stands for, or the entity itself when it is not one this class knows. */
    private static String entity(MatchResult m) {
        if (m.group(1) != null) {
            return ENTITIES.getOrDefault(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group());
        }
        int cp = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
        if (cp == 0xA0) {
            return " ";
        }
        return Character.isValidCodePoint(cp) && cp >= 0x20 ? new String(Character.toChars(cp)) : "";
    }

    private static String replace(Scan p, String text, Function<MatchResult, String> replacement,
                                  Consumer<String> removed) {
        Scan.Hits m = p.in(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            String by = replacement.apply(m);
            if (!by.equals(m.group())) {
                removed.accept(m.group());
                out.append(text, last, m.start()).append(by);
                last = m.end();
            }
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}
