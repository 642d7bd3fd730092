package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /search?q=…}: label search over the {@link LabelIndex}; results link to entity and speech pages. */
final class SearchServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    private final transient SearchPages pages;

    SearchServlet(Site site) {
        super(site);
        this.pages = new SearchPages(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            seeOther(resp, site.urls().home());
            return;
        }
        site.templates().write(resp, 200, "search.jte", pages.build(q.strip()));
    }
}
