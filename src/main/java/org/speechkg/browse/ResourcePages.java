package org.speechkg.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.speechkg.browse.ResourceDescriber.Description;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.ResourcePage;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Builds the page of a resource that is neither an entity nor a speech: a statistic, a relation assertion, a
 * mention, or a named graph (which only occurs as a graph name: its page points to its speech and its export).
 */
final class ResourcePages {
    private final Site site;
    private final Rows rows;

    ResourcePages(Site site) {
        this.site = site;
        this.rows = new Rows(site);
    }

    ResourcePage build(Node iri) {
        return Txn.calculateRead(site.dataset(), () -> {
            Description d = site.describer().description(iri, site.config().pageCap());
            Graph g = d.graph();
            List<Link> types = g.find(iri, W3C.rdfType, Node.ANY).mapWith(Triple::getObject).mapWith(rows::property).toList();
            List<Link> related = new ArrayList<>();
            String label = site.labels().label(g, iri);
            if (d.isEmpty() && site.dataset().containsGraph(iri)) {
                Node speech = speechIn(iri);
                if (speech != null) {
                    Graph union = site.dataset().getUnionGraph();
                    label = "Named graph of " + site.labels().label(union, speech);
                    related.add(new Link(site.labels().label(union, speech), site.urls().page(speech).orElse(null), "speech"));
                    related.add(new Link("TriG", site.urls().export(NodeLabels.fallback(iri), "trig"), "export"));
                }
            }
            return new ResourcePage(site.layout(label, iri, ""), iri.getURI(), label, types,
                    rows.outgoing(d, Set.of(W3C.rdfType)), rows.incoming(d, Set.of()), site.dataLinks(iri), related);
        });
    }

    private Node speechIn(Node graph) {
        var it = site.dataset().find(graph, Node.ANY, W3C.rdfType, SKG.Speech);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
