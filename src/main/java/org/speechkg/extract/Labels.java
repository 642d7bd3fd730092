package org.speechkg.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/** Canonical-label helpers shared by recognizers. */
public final class Labels {
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’《》〈〉「」『』【】]");
    /** Anonymised placeholders: XX, ＸＸ, *, ＊, 某 standing for a name. */
    public static final Pattern PLACEHOLDER = Pattern.compile("XX|ＸＸ|[*＊]|某");
    private static final Pattern LEADING_PLACEHOLDERS = Pattern.compile(
            "^(?:" + PLACEHOLDER.pattern() + "|[XxＸｘ×](?=[省市县区镇乡村州盟旗]))+");

    private Labels() {}

    /** Drops quotation marks and title brackets, converts traditional to simplified, trims. */
    public static String canonical(String text) {
        String known = CANONICAL.get(text);
        if (known != null) {
            return known;
        }
        String unquoted = hasAny(text, QUOTE_CHARS) ? QUOTES.matcher(text).replaceAll("") : text;
        String c = HanLpAdapter.toSimplified(unquoted).strip();
        if (CANONICAL.size() >= CANONICAL_MAX) {
            CANONICAL.clear();
        }
        CANONICAL.put(text, c);
        return c;
    }

    /** The characters {@link #QUOTES} matches: a text with none of them is not searched. */
    private static final String QUOTE_CHARS = "“”\"‘’《》〈〉「」『』【】";
    /** The characters a placeholder ({@link #PLACEHOLDER}, {@link #LONE_X}) must contain. */
    private static final String PLACEHOLDER_CHARS = "XＸ*＊某xｘ×";
    /** Canonical labels already made (a pure function of the text; names recur within and across speeches). */
    private static final java.util.Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CANONICAL_MAX = 50_000;

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the label withholds a name: XX, *, 某 anywhere, or a lone X (Ｘ, ×) where a number or a name
     * would stand next to Chinese ({@link #LONE_X}).
     */
    public static boolean hasPlaceholder(String label) {
        return hasAny(label, PLACEHOLDER_CHARS) && (PLACEHOLDER.matcher(label).find() || LONE_X.matcher(label).find());
    }

    /**
     * A lone letter X standing for a number or a name: after 第 (第X巡视组) or before a level or unit word
     * (X县, X中学, X号), and not part of a Latin word or a code (APEC, 5G, X射线 keep their X).
     */
    public static final Pattern LONE_X = Pattern.compile(
            "(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(?:第[XxＸｘ×]{1,3}(?![A-Za-z0-9Ａ-Ｚａ-ｚ])"
            + "|[XxＸｘ×]{1,3}(?=[省市县区镇乡村州盟旗届次号]|街道|社区|中学|小学|学校|大学|医院|公司|集团|单位|部门|同志))");

    /**
     * The kind of body an organization label names, shared by every speech that names such a body: the label
     * without a leading placeholder (XX市委, X市委 and 某市委 are of kind 市委). Empty when a placeholder stands
     * elsewhere in the label (第XX巡视组, 省委第X巡视组: the withheld part is inside the name, so no kind is read).
     */
    public static Optional<String> organizationKind(String label) {
        String kind = LEADING_PLACEHOLDERS.matcher(label).replaceFirst("");
        return kind.isEmpty() || hasPlaceholder(kind) ? Optional.empty() : Optional.of(kind);
    }
}
