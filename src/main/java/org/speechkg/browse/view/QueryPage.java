package org.speechkg.browse.view;

import java.util.List;

/**
 * The SPARQL query page.
 *
 * @param endpoint  the SPARQL endpoint the form POSTs to
 * @param base      data IRIs under this base link to their pages
 * @param pageByIri page URL prefix, the IRI appended URL-encoded
 * @param cookbook  the saved queries to pick from
 * @param scripts   script URLs, in order
 * @param styles    stylesheet URLs
 */
public record QueryPage(Layout layout, String endpoint, String base, String ontologyNs, String pageByIri,
                        List<CookbookEntry> cookbook, String initialQuery, List<String> scripts, List<String> styles) {
    /** A saved query: file name, {@code # Title:}, {@code # Question:} and the text. */
    public record CookbookEntry(String id, String title, String question, String text) {}
}
