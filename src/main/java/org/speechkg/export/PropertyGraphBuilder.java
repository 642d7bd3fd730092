package org.speechkg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Reads the {@link PropertyGraph} out of RDF by walking the graph for the classes and predicates below.
 *
 * <ul>
 *   <li>Nodes: every resource typed {@code skg:Speech} or one of the entity classes, plus every resource
 *       at either end of an edge predicate (typed {@code Resource} if it has none of those classes, as can
 *       happen in a CONSTRUCT result).</li>
 *   <li>Edges: every triple whose predicate is one of {@link #EDGE_PREDICATES} and whose object is a resource.</li>
 * </ul>
 * Literal-valued properties (years, statistics, mentions' provenance) stay in RDF; this is the network view.
 */
public final class PropertyGraphBuilder {
    /** Node type for a resource with none of the known classes. */
    public static final String RESOURCE = "Resource";
    /** Neo4j label added to every entity node. */
    public static final String ENTITY = "Entity";

    /** Entity classes, in the order that picks a node's primary type. */
    static final List<Node> ENTITY_CLASSES = List.of(SKG.Organization, SKG.Document, SKG.Policy, SKG.Campaign,
            SKG.Event, SKG.Person, SKG.Place);
    /** Speech → entity, then entity → entity predicates. */
    public static final List<Node> EDGE_PREDICATES = List.of(SKG.mentions, SKG.cites, SKG.issuedBy,
            SKG.subOrganizationOf, SKG.implementsPolicy, SKG.organizedBy, SKG.partOf);
    /** Where a node's label comes from, first found wins: entities have prefLabel, speeches dct:title. */
    private static final List<Node> LABEL_PREDICATES = List.of(W3C.skosPrefLabel, W3C.dctTitle, W3C.rdfsLabel);

    private PropertyGraphBuilder() {}

    /** The property graph of {@code rdf} (the caller holds a read transaction if {@code rdf} needs one). */
    public static PropertyGraph build(Graph rdf) {
        Map<Node, Set<Node>> classes = new HashMap<>();
        for (Node cls : classOrder()) {
            rdf.find(Node.ANY, W3C.rdfType, cls).forEachRemaining(t -> {
                if (!t.getSubject().isLiteral()) {
                    classes.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(cls);
                }
            });
        }
        Set<Triple> links = new LinkedHashSet<>();
        for (Node p : EDGE_PREDICATES) {
            rdf.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().isLiteral() && (t.getObject().isURI() || t.getObject().isBlank())) {
                    links.add(t);
                }
            });
        }

        Map<String, Node> resources = new TreeMap<>();
        classes.keySet().forEach(n -> resources.put(key(n), n));
        links.forEach(t -> {
            resources.put(key(t.getSubject()), t.getSubject());
            resources.put(key(t.getObject()), t.getObject());
        });

        PropertyGraph.Builder pg = new PropertyGraph.Builder();
        Map<Node, String> ids = new HashMap<>();
        int n = 0;
        for (Node r : resources.values()) {
            String id = "n" + n++;
            ids.put(r, id);
            Set<Node> cs = classes.getOrDefault(r, Set.of());
            pg.node(new PgNode(id, key(r), label(rdf, r), type(cs), labels(cs)));
        }

        List<Triple> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing((Triple t) -> key(t.getSubject()))
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> key(t.getObject())));
        int e = 0;
        for (Triple t : sorted) {
            pg.edge(new PgEdge("e" + e++, ids.get(t.getSubject()), ids.get(t.getObject()),
                    localName(t.getPredicate()), t.getPredicate().getURI()));
        }
        return pg.build();
    }

    /** The local name of a term: after the project namespace, else after the last {@code #} or {@code /}. */
    public static String localName(Node term) {
        String iri = term.getURI();
        if (iri.startsWith(SKG.NS)) {
            return iri.substring(SKG.NS.length());
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private static List<Node> classOrder() {
        List<Node> all = new ArrayList<>();
        all.add(SKG.Speech);
        all.addAll(ENTITY_CLASSES);
        return all;
    }

    private static String type(Set<Node> cs) {
        return classOrder().stream().filter(cs::contains).findFirst().map(PropertyGraphBuilder::localName)
                .orElse(RESOURCE);
    }

    private static List<String> labels(Set<Node> cs) {
        List<String> out = new ArrayList<>();
        if (cs.contains(SKG.Speech)) {
            out.add(localName(SKG.Speech));
        }
        List<String> entity = ENTITY_CLASSES.stream().filter(cs::contains).map(PropertyGraphBuilder::localName).toList();
        if (!entity.isEmpty()) {
            out.add(ENTITY);
            out.addAll(entity);
        }
        if (out.isEmpty()) {
            out.add(RESOURCE);
        }
        return out;
    }

    private static String label(Graph rdf, Node r) {
        for (Node p : LABEL_PREDICATES) {
            Optional<String> best = rdf.find(r, p, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .min(Comparator.naturalOrder());
            if (best.isPresent()) {
                return best.get();
            }
        }
        return r.isURI() ? fallbackLabel(r.getURI()) : key(r);
    }

    private static String fallbackLabel(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = iri.substring(cut + 1);
        return tail.isEmpty() ? iri : tail;
    }

    /** A resource's IRI, or {@code _:label} for a blank node: the node's identity in every format. */
    private static String key(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }
}
