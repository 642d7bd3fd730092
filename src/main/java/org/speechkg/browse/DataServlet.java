package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.speechkg.browse.RdfConneg.Representation;
import org.speechkg.vocab.Namespaces;

/**
 * RDF documents: {@code /data/rel?format=F} (or {@code /data?iri=IRI&format=F}) is the capped description of the
 * thing ({@link ResourceDescriber}, {@code dataCap} values per property); a named graph's document is the graph
 * itself; {@code /data/ns} is the ontology. Without {@code format} the syntax is negotiated on {@code Accept}
 * (Turtle by default) and the answer says {@code Vary: Accept}.
 */
final class DataServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    DataServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = req.getParameter("format");
        Lang lang;
        if (format != null && !format.isBlank()) {
            Optional<Lang> named = RdfConneg.byName(format);
            if (named.isEmpty()) {
                text(resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format " + format + "; use turtle, jsonld, rdfxml or ntriples");
                return;
            }
            lang = named.get();
        } else {
            resp.setHeader("Vary", "Accept");
            Optional<Representation> rep = RdfConneg.negotiate(req.getHeader("Accept"), false);
            if (rep.isEmpty()) {
                text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Offered: text/turtle, application/ld+json, "
                        + "application/rdf+xml, application/n-triples");
                return;
            }
            lang = rep.get().lang();
        }
        String path = req.getRequestURI();
        Graph graph;
        if (path.equals(LinkedDataUrls.DATA + "/" + LinkedDataUrls.ONTOLOGY)) {
            graph = site.ontology().graph();
        } else {
            Optional<Node> thing = iriParameter(req, "iri").or(() -> site.urls().thingOfDocument(path, LinkedDataUrls.DATA));
            if (thing.isEmpty()) {
                text(resp, HttpServletResponse.SC_NOT_FOUND, "No resource named");
                return;
            }
            graph = document(thing.get());
            if (graph.isEmpty()) {
                notFound(req, resp, thing.get().getURI());
                return;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, lang);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    /** The thing's description, or a named graph's content. */
    private Graph document(Node iri) {
        Graph described = site.describer().describe(iri, site.config().dataCap());
        if (!described.isEmpty()) {
            return described;
        }
        return Txn.calculateRead(site.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            copy.getPrefixMapping().setNsPrefixes(Namespaces.prefixMapping());
            if (site.dataset().containsGraph(iri)) {
                site.dataset().getGraph(iri).find().forEachRemaining(copy::add);
            }
            return copy;
        });
    }
}
