package org.speechkg.browse.view;

import java.util.List;

/**
 * What every page's frame needs.
 *
 * @param title      the document title
 * @param alternates the RDF documents of the page's resource ({@code <link rel="alternate">}), possibly none
 * @param query      the search box's current text
 * @param nav        the site's links: home, search, query, ontology, assets
 */
public record Layout(String title, List<Alternate> alternates, String query, Nav nav) {
    public Layout {
        alternates = List.copyOf(alternates);
    }

    /** An RDF representation of the page's resource. */
    public record Alternate(String mediaType, String label, String href) {}

    /** Site-wide URLs. */
    public record Nav(String home, String search, String query, String ontology, String css) {}
}
