package org.speechkg.browse.view;

/**
 * A labelled link; {@code href} is null when the target has no page (a blank node, a non-web IRI).
 *
 * @param text  what to show
 * @param href  where it goes, or null
 * @param note  a short grey note after it (a type, a count, a language tag), or empty
 */
public record Link(String text, String href, String note) {
    public Link(String text, String href) {
        this(text, href, "");
    }

    public boolean linked() {
        return href != null;
    }
}
