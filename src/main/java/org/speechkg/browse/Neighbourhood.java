package org.speechkg.browse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * The network around a resource, as RDF: breadth-first to a depth over the links between speeches and entities
 * ({@code skg:mentions}, {@code skg:cites} and the entity relations), both directions, following at most
 * {@code perNode} links from each node and stopping at {@code maxNodes} nodes, so that a hub such as 党中央 gives a
 * readable picture instead of the whole corpus. The result also carries the nodes' types and labels, which is what
 * the property-graph model needs.
 */
public final class Neighbourhood {
    /** The links followed: the edges of the export module's property graph. */
    public static final List<Node> LINKS = List.of(SKG.mentions, SKG.cites, SKG.issuedBy, SKG.subOrganizationOf,
            SKG.implementsPolicy, SKG.organizedBy, SKG.partOf);

    private final DatasetGraph dsg;

    public Neighbourhood(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The neighbourhood of {@code center} to {@code depth} links. */
    public Graph around(Node center, int depth, int perNode, int maxNodes) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(Namespaces.prefixMapping());
            Set<Node> nodes = new LinkedHashSet<>();
            nodes.add(center);
            Deque<Node> frontier = new ArrayDeque<>(List.of(center));
            for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
                Deque<Node> next = new ArrayDeque<>();
                for (Node n : frontier) {
                    int followed = 0;
                    for (Node p : LINKS) {
                        followed += follow(union.find(n, p, Node.ANY), true, perNode - followed, maxNodes, nodes, next, out);
                        followed += follow(union.find(Node.ANY, p, n), false, perNode - followed, maxNodes, nodes, next, out);
                    }
                }
                frontier = next;
            }
            for (Node n : nodes) {
                union.find(n, W3C.rdfType, Node.ANY).forEachRemaining(out::add);
                for (Node p : NodeLabels.LABEL_PREDICATES) {
                    union.find(n, p, Node.ANY).forEachRemaining(out::add);
                }
            }
            return out;
        });
    }

    /** Adds up to {@code budget} links; a link to a node already drawn is added without using the budget. */
    private static int follow(ExtendedIterator<Triple> it, boolean outgoing, int budget, int maxNodes, Set<Node> nodes,
                              Deque<Node> next, Graph out) {
        int used = 0;
        try {
            while (it.hasNext() && used < budget) {
                Triple t = it.next();
                Node other = outgoing ? t.getObject() : t.getSubject();
                if (!other.isURI()) {
                    continue;
                }
                if (nodes.contains(other)) {
                    out.add(t);
                } else if (nodes.size() < maxNodes) {
                    nodes.add(other);
                    next.add(other);
                    out.add(t);
                    used++;
                } else {
                    break;
                }
            }
        } finally {
            it.close();
        }
        return used;
    }
}
