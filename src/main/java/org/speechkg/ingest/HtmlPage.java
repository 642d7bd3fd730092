package org.speechkg.ingest;

import java.util.regex.Pattern;

/**
 * A speech saved as a web page. {@link #isPage} tells a page (it starts with {@code <!DOCTYPE}, {@code <html}
 * or an XML declaration, or is mostly tags) from a plain text with a stray tag; {@link #text} reads the page
 * with jsoup ({@link JsoupPageText}) as its title, then its body text with block elements as line breaks.
 * That text is the speech as read: a page never loads as a speech titled {@code <!}.
 */
public final class HtmlPage {
    private static final Pattern PAGE_START = Pattern.compile(
            "(?is)\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>])");
    private static final Pattern TAG = Pattern.compile("<[!/?]?[A-Za-z][^<>]{0,400}>");
    /** Separators between an article title and the site name in a {@code <title>}. */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s*(?:_|\\||｜|--|——| - | — )\\s*");
    /** Share of a text's characters inside tags above which it is a page, not text with stray tags. */
    private static final double MOSTLY_TAGS = 0.5;

    private HtmlPage() {}

    /** True when {@code text} is an HTML page rather than a plain text. */
    public static boolean isPage(String text) {
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        if (head.indexOf('<') < 0) {
            return false;
        }
        if (PAGE_START.matcher(head).lookingAt()) {
            return true;
        }
        var m = TAG.matcher(head);
        int tags = 0;
        int inTags = 0;
        while (m.find()) {
            tags++;
            inTags += m.end() - m.start();
        }
        return tags >= 3 && inTags > visible(head) * MOSTLY_TAGS;
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The readable text of a page: its title line, then body text one block per line; empty when none.
     * Should jsoup be missing from a hand-made class path, the page is returned as it is: the cleaner then
     * strips its tags, scripts and styles as noise. (jsoup is used only from {@link JsoupPageText}, so this
     * class loads without it.)
     */
    public static String text(String html) {
        try {
            return JsoupPageText.read(html);
        } catch (NoClassDefFoundError e) {
            return html;
        }
    }

    /** The article title of a {@code <title>}: its longest part when the site name is appended with a separator. */
    static String title(String pageTitle) {
        String best = "";
        for (String part : TITLE_PARTS.split(pageTitle.strip())) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }
}
