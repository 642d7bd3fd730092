package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.speechkg.browse.view.GraphPage;
import org.speechkg.browse.view.Link;

/**
 * The graph view: {@code /network?iri=…} is the page, {@code /network.json?iri=…} the Cytoscape.js elements it draws:
 * the {@link Neighbourhood} to depth 2 turned into JSON by the configured property-graph model, each node given
 * the URL of its page ({@code href}) and the centre marked ({@code center: true}).
 */
final class NetworkServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;
    /** How far from the centre the view reaches. */
    static final int DEPTH = 2;

    private final boolean json;

    NetworkServlet(Site site, boolean json) {
        super(site);
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Node> iri = iriParameter(req, "iri");
        if (iri.isEmpty() || !site.describer().exists(iri.get())) {
            notFound(req, resp, iri.map(Node::getURI).orElse(""));
            return;
        }
        if (json) {
            json(iri.get(), resp);
        } else {
            page(iri.get(), resp);
        }
    }

    private void page(Node iri, HttpServletResponse resp) throws IOException {
        Link center = Txn.calculateRead(site.dataset(), () -> new Link(
                site.labels().label(site.dataset().getUnionGraph(), iri), site.urls().page(iri).orElse(null)));
        List<String> scripts = List.of(site.urls().webjar(WebJars.CYTOSCAPE), site.urls().asset("network.js"));
        site.templates().write(resp, 200, "network.jte",
                new GraphPage(site.layout(center.text() + " · graph", iri, ""), center, site.urls().graphJson(iri), scripts));
    }

    private void json(Node iri, HttpServletResponse resp) throws IOException {
        BrowseConfig c = site.config();
        Graph g = site.neighbourhood().around(iri, DEPTH, c.graphPerNode(), c.graphMaxNodes());
        JsonObject doc = c.networkJson().apply(g);
        JsonValue nodes = doc.get("elements").getAsObject().get("nodes");
        for (JsonValue n : nodes.getAsArray()) {
            JsonObject data = n.getAsObject().get("data").getAsObject();
            Node node = NodeFactory.createURI(data.get("iri").getAsString().value());
            site.urls().page(node).ifPresent(href -> data.put("href", href));
            data.put("center", node.equals(iri));
        }
        byte[] body = JSON.toString(doc).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
