package org.speechkg.browse.view;

/**
 * A piece of a speech text: plain ({@code href} null) or a highlighted mention linking to its entity.
 *
 * @param text   the characters
 * @param href   the entity's page, or null for plain text
 * @param title  tooltip: the entity's label and type
 * @param type   the entity class's local name, for styling
 * @param anchor the element id ({@code char=b,e}, the mention IRI's fragment)
 */
public record Segment(String text, String href, String title, String type, String anchor) {
    public static Segment plain(String text) {
        return new Segment(text, null, "", "", "");
    }

    public boolean marked() {
        return href != null;
    }
}
