package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.speechkg.browse.RdfConneg.Representation;

/**
 * Thing IRIs ({@code /entity/…}, {@code /speech/…}, {@code /graph/…}) and the ontology ({@code /ns}, {@code /ns/X},
 * {@code /ontology}): 303 See Other to the HTML page or, for an RDF client, to the data document in the syntax it
 * asked for, as the Cool URIs note recommends for things that are not documents. Every answer carries
 * {@code Vary: Accept}. Unknown things get 404; an {@code Accept} that nothing satisfies gets 406.
 */
final class DereferenceServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    DereferenceServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getRequestURI();
        Optional<Representation> rep = RdfConneg.negotiate(req.getHeader("Accept"), true);
        if (rep.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Offered: text/html, text/turtle, "
                    + "application/ld+json, application/rdf+xml, application/n-triples");
            return;
        }
        LinkedDataUrls urls = site.urls();
        if (isOntology(path)) {
            String term = path.startsWith("/ns/") ? LinkedDataUrls.percentDecode(path.substring("/ns/".length())) : "";
            seeOther(resp, rep.get().isHtml()
                    ? urls.ontologyPage() + (term.isEmpty() ? "" : "#" + term)
                    : urls.ontologyData(RdfConneg.name(rep.get().lang())));
            return;
        }
        Node thing = urls.thing(path);
        if (!site.describer().exists(thing)) {
            notFound(req, resp, thing.getURI());
            return;
        }
        Optional<String> target = rep.get().isHtml() ? urls.page(thing) : urls.data(thing, RdfConneg.name(rep.get().lang()));
        seeOther(resp, target.orElseThrow());
    }

    private static boolean isOntology(String path) {
        return path.equals("/ns") || path.startsWith("/ns/") || path.equals("/ontology");
    }
}
