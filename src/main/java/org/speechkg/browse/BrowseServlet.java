package org.speechkg.browse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.speechkg.browse.view.NotFoundPage;

/** What the browser's servlets have in common: the {@link Site}, the 404 page, plain-text errors. */
abstract class BrowseServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    protected final transient Site site;

    BrowseServlet(Site site) {
        this.site = site;
    }

    /** 404: an HTML page for browsers, one line of text for other clients. */
    protected void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        String accept = req.getHeader("Accept");
        var rep = RdfConneg.negotiate(accept, true);
        if (rep.isPresent() && rep.get().isHtml()) {
            site.templates().write(resp, HttpServletResponse.SC_NOT_FOUND, "notfound.jte",
                    new NotFoundPage(site.layout("Not found", null, ""), iri, "Nothing is known about this resource."));
        } else {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + iri);
        }
    }

    /** A short plain-text answer (errors, 303 bodies). */
    protected static void text(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** 303 See Other to {@code location} (a path on this server). */
    protected static void seeOther(HttpServletResponse resp, String location) throws IOException {
        resp.setHeader("Location", LinkedDataUrls.ascii(location));
        text(resp, HttpServletResponse.SC_SEE_OTHER, "See " + location);
    }

    /** An absolute IRI parameter, or empty. */
    protected static Optional<Node> iriParameter(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank() || !v.contains(":")) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(v.strip()));
    }

    /** A non-negative integer parameter, {@code dflt} if absent or malformed. */
    protected static int intParameter(HttpServletRequest req, String name, int dflt) {
        try {
            String v = req.getParameter(name);
            return v == null ? dflt : Math.max(0, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
