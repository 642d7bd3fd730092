package org.speechkg.browse;

import java.util.List;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.SearchPage;

/** Builds the search results page from the {@link LabelIndex}. */
final class SearchPages {
    /** Results shown. */
    static final int LIMIT = 50;

    private final Site site;

    SearchPages(Site site) {
        this.site = site;
    }

    SearchPage build(String q) {
        List<SearchPage.SearchResult> results = site.index().search(q, LIMIT).stream()
                .map(h -> new SearchPage.SearchResult(new Link(h.label(), site.urls().page(h.iri()).orElse(null)),
                        site.ontology().label(h.type(), "zh").orElse(site.ontology().shortForm(h.type())),
                        h.altLabels(), h.speeches()))
                .toList();
        return new SearchPage(site.layout(q + " · search", null, q), q, results);
    }
}
