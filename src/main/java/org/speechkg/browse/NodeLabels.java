package org.speechkg.browse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Human labels for nodes, so pages show names and not IRIs: an entity's {@code skos:prefLabel}, a speech's
 * {@code dct:title}, else {@code rdfs:label}, a statistic's counted noun, a mention's surface; vocabulary terms by
 * the ontology's labels; as a last resort the end of the IRI, decoded. Literals prefer {@code @zh}.
 * Callers hold a read transaction when {@code graph} needs one.
 */
public final class NodeLabels {
    /** Where a resource's label comes from, first found wins. */
    public static final List<Node> LABEL_PREDICATES = List.of(W3C.skosPrefLabel, W3C.dctTitle, W3C.rdfsLabel,
            SKG.counts, W3C.nifAnchorOf);

    private final OntologyDocument ontology;

    public NodeLabels(OntologyDocument ontology) {
        this.ontology = ontology;
    }

    /** The label of {@code n} as found in {@code graph}. */
    public String label(Graph graph, Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (LinkedDataUrls.isOntologyTerm(n)) {
            return ontology.displayLabel(n);
        }
        for (Node p : LABEL_PREDICATES) {
            Optional<String> l = literal(graph, n, p);
            if (l.isPresent()) {
                return l.get();
            }
        }
        if (n.isURI() && !ontology.shortForm(n).equals(n.getURI())) {
            return ontology.shortForm(n); // a reused vocabulary term: skos:Concept, nif:Context …
        }
        return fallback(n);
    }

    /** A literal value of {@code p} on {@code s}: {@code @zh} first, then any, the smallest for stability. */
    public static Optional<String> literal(Graph graph, Node s, Node p) {
        List<Node> values = graph.find(s, p, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList();
        return values.stream()
                .sorted(Comparator.comparing((Node o) -> !o.getLiteralLanguage().equalsIgnoreCase("zh"))
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    /** The last path segment of an IRI, percent-decoded; for a text span, its {@code char=b,e} fragment. */
    public static String fallback(Node n) {
        if (!n.isURI()) {
            return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
        }
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return LinkedDataUrls.percentDecode(tail);
    }
}
