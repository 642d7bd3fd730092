package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /}: the home page ({@code ?offset=N} pages through the speeches). */
final class HomeServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    private final transient HomePages pages;

    HomeServlet(Site site) {
        super(site);
        this.pages = new HomePages(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        site.templates().write(resp, 200, "home.jte", pages.build(intParameter(req, "offset", 0)));
    }
}
