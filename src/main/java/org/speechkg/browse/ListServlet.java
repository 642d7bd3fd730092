package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** {@code /list?iri=…&p=…&dir=in|out&offset=N}: the "see all" listing of one property, one page at a time. */
final class ListServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    private final transient ListPages pages;

    ListServlet(Site site) {
        super(site);
        this.pages = new ListPages(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Node> iri = iriParameter(req, "iri");
        Optional<Node> p = iriParameter(req, "p");
        if (iri.isEmpty() || p.isEmpty()) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "iri and p must be absolute IRIs");
            return;
        }
        if (!site.describer().exists(iri.get())) {
            notFound(req, resp, iri.get().getURI());
            return;
        }
        boolean incoming = !"out".equals(req.getParameter("dir"));
        site.templates().write(resp, 200, "list.jte", pages.build(iri.get(), p.get(), incoming, intParameter(req, "offset", 0)));
    }
}
