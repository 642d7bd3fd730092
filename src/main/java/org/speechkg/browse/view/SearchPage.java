package org.speechkg.browse.view;

import java.util.List;

/** Search results: each link is an entity or speech page, its note the type; {@code altLabels} per hit. */
public record SearchPage(Layout layout, String query, List<SearchResult> results) {
    /** One hit. */
    public record SearchResult(Link link, String type, List<String> altLabels, long speeches) {}
}
