package org.speechkg.extract;

import java.util.regex.Pattern;

/** Canonical-label helpers shared by recognizers. */
public final class Labels {
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’《》〈〉「」『』【】]");
    /** Anonymised placeholders: XX, ＸＸ, *, ＊, 某 standing for a name. */
    public static final Pattern PLACEHOLDER = Pattern.compile("XX|ＸＸ|[*＊]|某");

    private Labels() {}

    /** Drops quotation marks and title brackets, converts traditional to simplified, trims. */
    public static String canonical(String text) {
        return HanLpAdapter.toSimplified(QUOTES.matcher(text).replaceAll("")).strip();
    }

    public static boolean hasPlaceholder(String label) {
        return PLACEHOLDER.matcher(label).find();
    }
}
