package org.speechkg.browse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.speechkg.browse.view.OntologyTerm;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * The speech-kg ontology ({@code ontology/skg.ttl}, packaged in the jar) as served at {@code /ns}: its graph for
 * RDF, its terms for the HTML rendering, and labels of terms for pages. The terms' IRIs
 * ({@code https://w3id.org/speech-kg/ns#X}) are hash IRIs of the document {@code https://w3id.org/speech-kg/ns},
 * which this server renders locally with one anchor per term.
 */
public final class OntologyDocument {
    /** Classpath location of the ontology. */
    public static final String RESOURCE = "ontology/skg.ttl";

    private static final Node OWL_CLASS = NodeFactory.createURI(Namespaces.OWL + "Class");
    private static final Node OWL_OBJECT_PROPERTY = NodeFactory.createURI(Namespaces.OWL + "ObjectProperty");
    private static final Node OWL_DATATYPE_PROPERTY = NodeFactory.createURI(Namespaces.OWL + "DatatypeProperty");
    private static final Node OWL_ANNOTATION_PROPERTY = NodeFactory.createURI(Namespaces.OWL + "AnnotationProperty");
    private static final Node RDFS_COMMENT = NodeFactory.createURI(Namespaces.RDFS + "comment");
    private static final Node RDFS_SUBCLASS = NodeFactory.createURI(Namespaces.RDFS + "subClassOf");
    private static final Node RDFS_SUBPROPERTY = NodeFactory.createURI(Namespaces.RDFS + "subPropertyOf");
    private static final Node RDFS_DOMAIN = NodeFactory.createURI(Namespaces.RDFS + "domain");
    private static final Node RDFS_RANGE = NodeFactory.createURI(Namespaces.RDFS + "range");

    private final Graph graph;
    private final PrefixMapping prefixes = Namespaces.prefixMapping();

    private OntologyDocument(Graph graph) {
        this.graph = graph;
    }

    /** Loads the ontology from the classpath. */
    public static OntologyDocument load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (see the <resources> in pom.xml)");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixMapping());
        return new OntologyDocument(g);
    }

    /** The ontology graph (read-only by convention). */
    public Graph graph() {
        return graph;
    }

    /** The ontology's own IRI: the namespace without its {@code #}. */
    public static Node ontologyIri() {
        return NodeFactory.createURI(SKG.NS.substring(0, SKG.NS.length() - 1));
    }

    /** The label of a term in {@code lang} ({@code zh}, {@code en}), if the ontology gives one. */
    public Optional<String> label(Node term, String lang) {
        return literal(term, W3C.rdfsLabel, lang);
    }

    /**
     * A display label for any vocabulary term: {@code 提及实体 · mentions} for speech-kg terms, the prefixed name
     * ({@code skos:prefLabel}) for reused ones, else the IRI.
     */
    public String displayLabel(Node term) {
        if (!term.isURI()) {
            return term.toString();
        }
        Optional<String> zh = label(term, "zh");
        Optional<String> en = label(term, "en");
        if (zh.isPresent() && en.isPresent()) {
            return zh.get() + " · " + en.get();
        }
        if (zh.isPresent() || en.isPresent()) {
            return zh.or(() -> en).get();
        }
        return prefixes.shortForm(term.getURI());
    }

    /** The prefixed name of a term ({@code skg:mentions}), or its IRI. */
    public String shortForm(Node term) {
        return term.isURI() ? prefixes.shortForm(term.getURI()) : term.toString();
    }

    /** The terms of the speech-kg namespace, classes first, each with labels, comment and axioms for the page. */
    public List<OntologyTerm> terms() {
        List<OntologyTerm> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node kind : List.of(OWL_CLASS, OWL_OBJECT_PROPERTY, OWL_DATATYPE_PROPERTY, OWL_ANNOTATION_PROPERTY)) {
            List<Node> ofKind = graph.find(Node.ANY, W3C.rdfType, kind).mapWith(t -> t.getSubject())
                    .filterKeep(n -> LinkedDataUrls.isOntologyTerm(n) && seen.add(n)).toList();
            ofKind.sort(Comparator.comparing(Node::getURI));
            for (Node t : ofKind) {
                out.add(new OntologyTerm(t.getURI().substring(SKG.NS.length()), t.getURI(), kindName(kind),
                        label(t, "zh").orElse(""), label(t, "en").orElse(""), literal(t, RDFS_COMMENT, "en").orElse(""),
                        objects(t, RDFS_SUBCLASS), objects(t, RDFS_SUBPROPERTY), objects(t, RDFS_DOMAIN),
                        objects(t, RDFS_RANGE)));
            }
        }
        return out;
    }

    /** The ontology's title in {@code lang}. */
    public String title(String lang) {
        return literal(ontologyIri(), W3C.dctTitle, lang).orElse("speech-kg ontology");
    }

    private List<String> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI)
                .mapWith(this::shortForm).toList();
    }

    private Optional<String> literal(Node s, Node p, String lang) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    private static String kindName(Node kind) {
        return kind.getURI().substring(Namespaces.OWL.length());
    }
}
