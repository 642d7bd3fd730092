package org.speechkg.browse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.W3C;

/**
 * Describes one resource from the union of all speech graphs, Pubby/LodView style: its outgoing and incoming
 * triples with at most {@code maxValuesPerProperty} values per property and direction, the full count of each,
 * and the labels and types of the resources linked, so a page can name them. An entity mentioned by 10,000
 * speeches yields {@code cap} of the {@code skg:mentions} triples and the count 10,000, not 10,000 triples.
 *
 * <p>Resources whose IRI is {@code iri#…} (the mentions of a speech text, {@code …/text#char=b,e}) are hash
 * resources of the same document; those linked are described with their outgoing triples too, within the same
 * caps. Every call runs in one read transaction (joining the caller's, if any).
 */
public final class ResourceDescriber {
    /** Predicates copied for each linked resource so that it can be labelled and typed. */
    private static final List<Node> LINKED_RESOURCE_PREDICATES = concat(NodeLabels.LABEL_PREDICATES, W3C.rdfType);

    private final DatasetGraph dsg;

    public ResourceDescriber(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The capped description as RDF: what the data document of {@code iri} serves. Empty if unknown. */
    public Graph describe(Node iri, int maxValuesPerProperty) {
        return description(iri, maxValuesPerProperty).graph();
    }

    /** The capped description with the full count of values per property, for pages. */
    public Description description(Node iri, int maxValuesPerProperty) {
        if (maxValuesPerProperty < 1) {
            throw new IllegalArgumentException("cap must be positive: " + maxValuesPerProperty);
        }
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(Namespaces.prefixMapping());
            Map<Node, Long> outgoing = collect(union.find(iri, Node.ANY, Node.ANY), true, maxValuesPerProperty, out);
            Map<Node, Long> incoming = collect(union.find(Node.ANY, Node.ANY, iri), false, maxValuesPerProperty, out);
            Set<Node> linked = new LinkedHashSet<>();
            out.find().forEachRemaining(t -> {
                linked.add(t.getSubject());
                if (!t.getObject().isLiteral()) {
                    linked.add(t.getObject());
                }
            });
            linked.remove(iri);
            for (Node n : linked) {
                if (isHashResourceOf(n, iri)) {
                    collect(union.find(n, Node.ANY, Node.ANY), true, maxValuesPerProperty, out);
                } else {
                    for (Node p : LINKED_RESOURCE_PREDICATES) {
                        union.find(n, p, Node.ANY).forEachRemaining(out::add);
                    }
                }
            }
            return new Description(iri, out, outgoing, incoming);
        });
    }

    /** True if {@code iri} occurs in the store as a subject, an object or a named graph. */
    public boolean exists(Node iri) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            return union.find(iri, Node.ANY, Node.ANY).hasNext() || union.find(Node.ANY, Node.ANY, iri).hasNext()
                    || dsg.containsGraph(iri);
        });
    }

    /**
     * One page of the values of {@code property}: objects of {@code iri} (outgoing) or subjects linking to it
     * (incoming), in index order, from {@code offset}.
     */
    public List<Node> values(Node iri, Node property, boolean incoming, int offset, int limit) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            ExtendedIterator<Triple> it = incoming ? union.find(Node.ANY, property, iri) : union.find(iri, property, Node.ANY);
            List<Node> page = new ArrayList<>();
            try {
                int skipped = 0;
                while (it.hasNext() && page.size() < limit) {
                    Triple t = it.next();
                    if (skipped++ >= offset) {
                        page.add(incoming ? t.getSubject() : t.getObject());
                    }
                }
            } finally {
                it.close();
            }
            return page;
        });
    }

    /** How many values {@code property} has on {@code iri} in that direction. */
    public long count(Node iri, Node property, boolean incoming) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            ExtendedIterator<Triple> it = incoming ? union.find(Node.ANY, property, iri) : union.find(iri, property, Node.ANY);
            try {
                long n = 0;
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            } finally {
                it.close();
            }
        });
    }

    /** Copies at most {@code cap} triples per predicate into {@code out}; returns the full count per predicate. */
    private static Map<Node, Long> collect(ExtendedIterator<Triple> it, boolean outgoing, int cap, Graph out) {
        Map<Node, Long> counts = new LinkedHashMap<>();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                long n = counts.merge(t.getPredicate(), 1L, Long::sum);
                if (n <= cap) {
                    out.add(t);
                }
            }
        } finally {
            it.close();
        }
        return counts;
    }

    private static boolean isHashResourceOf(Node n, Node doc) {
        return n.isURI() && doc.isURI() && n.getURI().startsWith(doc.getURI() + "#");
    }

    private static List<Node> concat(List<Node> a, Node b) {
        List<Node> out = new ArrayList<>(a);
        out.add(b);
        return List.copyOf(out);
    }

    /**
     * A capped description.
     *
     * @param iri      the resource described
     * @param graph    the capped triples, plus labels and types of the resources linked
     * @param outgoing full number of values per property of {@code iri}
     * @param incoming full number of subjects per property linking to {@code iri}
     */
    public record Description(Node iri, Graph graph, Map<Node, Long> outgoing, Map<Node, Long> incoming) {
        /** True when the store says nothing about the resource. */
        public boolean isEmpty() {
            return outgoing.isEmpty() && incoming.isEmpty();
        }
    }
}
