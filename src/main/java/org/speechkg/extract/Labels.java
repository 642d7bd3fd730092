package org.speechkg.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/** Canonical-label helpers shared by recognizers. */
public final class Labels {
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’《》〈〉「」『』【】]");
    /** Anonymised placeholders: XX, ＸＸ, *, ＊, 某 standing for a name. */
    public static final Pattern PLACEHOLDER = Pattern.compile("XX|ＸＸ|[*＊]|某");
    private static final Pattern LEADING_PLACEHOLDERS = Pattern.compile("^(?:" + PLACEHOLDER.pattern() + ")+");

    private Labels() {}

    /** Drops quotation marks and title brackets, converts traditional to simplified, trims. */
    public static String canonical(String text) {
        return HanLpAdapter.toSimplified(QUOTES.matcher(text).replaceAll("")).strip();
    }

    public static boolean hasPlaceholder(String label) {
        return PLACEHOLDER.matcher(label).find();
    }

    /**
     * The kind of body an organization label names, shared by every speech that names such a body: the label
     * without a leading placeholder (XX市委 and 某市委 are of kind 市委). Empty when a placeholder stands
     * elsewhere in the label (第XX巡视组: the withheld part is inside the name, so no kind is read).
     */
    public static Optional<String> organizationKind(String label) {
        String kind = LEADING_PLACEHOLDERS.matcher(label).replaceFirst("");
        return kind.isEmpty() || hasPlaceholder(kind) ? Optional.empty() : Optional.of(kind);
    }
}
