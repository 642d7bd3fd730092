package org.speechkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speechkg.extract.EntityType;
import org.speechkg.extract.Relation;
import org.speechkg.rdf.SpeechRdfEmitter;

/**
 * The ontology and the code name the same terms. Every constant of {@link SKG} is declared in
 * ontology/skg.ttl with a label and a comment, every skg: term the ontology or the shapes use is a constant
 * of {@link SKG}, and every constant of {@link W3C} is a real term of a vocabulary the project uses.
 */
class TestVocabularyDeclared {
    static {
        JenaSystem.init(); // before the vocabulary constants below: touching RDF.type first breaks Jena's init order
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node OWL_CLASS = OWL2.Class.asNode();
    private static final Node OBJECT_PROPERTY = OWL2.ObjectProperty.asNode();
    private static final Node DATATYPE_PROPERTY = OWL2.DatatypeProperty.asNode();
    private static final Node ANNOTATION_PROPERTY = OWL2.AnnotationProperty.asNode();
    private static final Set<Node> DECLARATIONS = Set.of(OWL_CLASS, OBJECT_PROPERTY, DATATYPE_PROPERTY, ANNOTATION_PROPERTY);

    private static Graph ontology;
    private static Graph shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadGraph("ontology/skg.ttl");
        shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
    }

    @Test
    void everySkgConstantIsDeclaredWithLabelsAndComment() {
        Map<String, Node> terms = constants(SKG.class);
        assertThat(terms).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        terms.forEach((field, term) -> {
            if (!term.getURI().startsWith(SKG.NS)) problems.add(field + " is not in " + SKG.NS);
            Set<Node> kinds = declarations(term);
            if (kinds.size() != 1) problems.add(field + " <" + term.getURI() + "> declared as " + kinds + " (want exactly one kind)");
            Set<String> langs = new HashSet<>();
            ontology.find(term, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> langs.add(t.getObject().getLiteralLanguage()));
            if (!langs.containsAll(Set.of("en", "zh"))) problems.add(field + " lacks rdfs:label @en and @zh: " + langs);
            if (!ontology.contains(term, RDFS.comment.asNode(), Node.ANY)) problems.add(field + " has no rdfs:comment");
        });
        assertThat(problems).isEmpty();
    }

    /** Classes are classes and properties properties, as the emitter uses them. */
    @Test
    void constantsHaveTheKindTheirRoleNeeds() {
        for (EntityType t : EntityType.values()) {
            Node c = SpeechRdfEmitter.typeNode(t);
            assertThat(declarations(c)).as("%s", c).containsExactly(OWL_CLASS);
            assertThat(c.getLocalName()).isEqualTo(t.name());
            assertThat(ontology.contains(c, RDFS.subClassOf.asNode(), SKG.Entity)).as("%s ⊑ skg:Entity", c).isTrue();
        }
        for (Relation r : Relation.values()) {
            Node p = SpeechRdfEmitter.relationNode(r);
            assertThat(p.getURI()).isEqualTo(SKG.NS + r.localName());
            assertThat(declarations(p)).as("%s", p).containsExactly(OBJECT_PROPERTY);
        }
        for (Node c : List.of(SKG.Speech, SKG.Entity, SKG.Statistic, SKG.Mention, SKG.RelationAssertion)) {
            assertThat(declarations(c)).as("%s", c).containsExactly(OWL_CLASS);
        }
    }

    /** The reverse direction: the ontology and the shapes use no skg: term the code does not know. */
    @Test
    void everySkgTermInTheOntologyFilesIsAConstant() {
        Set<Node> known = new HashSet<>(constants(SKG.class).values());
        Set<String> declaredNotKnown = new TreeSet<>();
        ontology.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> {
            if (DECLARATIONS.contains(t.getObject()) && inSkg(t.getSubject()) && !known.contains(t.getSubject())) {
                declaredNotKnown.add(t.getSubject().getURI());
            }
        });
        assertThat(declaredNotKnown).as("declared in skg.ttl but not in SKG.java").isEmpty();

        Set<String> usedNotKnown = new TreeSet<>();
        for (Graph g : List.of(ontology, shapes)) {
            g.find().forEachRemaining(t -> {
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                    if (inSkg(n) && !known.contains(n)) usedNotKnown.add(n.getURI());
                }
            });
        }
        assertThat(usedNotKnown).as("skg: terms in skg.ttl or shapes.ttl unknown to SKG.java").isEmpty();
    }

    @Test
    void ontologyHeaderIsComplete() {
        Node onto = NodeFactory.createURI("https://w3id.org/speech-kg/ns");
        assertThat(ontology.contains(onto, TYPE, OWL2.Ontology.asNode())).isTrue();
        for (Resource p : List.of(DCTerms.title, DCTerms.description, OWL2.versionInfo, RDFS.comment, RDFS.label)) {
            assertThat(ontology.contains(onto, p.asNode(), Node.ANY)).as("ontology header has %s", p).isTrue();
        }
        Set<String> labelLangs = new HashSet<>();
        ontology.find(onto, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> labelLangs.add(t.getObject().getLiteralLanguage()));
        assertThat(labelLangs).contains("en", "zh");
    }

    /** Alignments the rest of the project (and consumers) rely on. */
    @Test
    void keyAlignmentsArePresent() {
        assertSub(SKG.Organization, RDFS.subClassOf, Namespaces.ORG + "Organization");
        assertSub(SKG.Person, RDFS.subClassOf, Namespaces.SCHEMA + "Person");
        assertSub(SKG.Place, RDFS.subClassOf, Namespaces.SCHEMA + "Place");
        assertSub(SKG.Event, RDFS.subClassOf, Namespaces.SCHEMA + "Event");
        assertSub(SKG.Document, RDFS.subClassOf, Namespaces.SCHEMA + "CreativeWork");
        assertSub(SKG.Speech, RDFS.subClassOf, Namespaces.SCHEMA + "CreativeWork");
        assertSub(SKG.Speech, RDFS.subClassOf, Namespaces.PROV + "Entity");
        assertSub(SKG.Mention, RDFS.subClassOf, Namespaces.NIF + "RFC5147String");
        assertSub(SKG.subOrganizationOf, RDFS.subPropertyOf, Namespaces.ORG + "subOrganizationOf");
        assertSub(SKG.cites, RDFS.subPropertyOf, Namespaces.DCT + "references");
        assertSub(SKG.partOf, RDFS.subPropertyOf, Namespaces.DCT + "isPartOf");
        assertSub(SKG.inSpeech, RDFS.subPropertyOf, Namespaces.PROV + "wasDerivedFrom");
        assertThat(ontology.contains(SKG.mentions, RDFS.domain.asNode(), SKG.Speech)).isTrue();
        assertThat(ontology.contains(SKG.mentions, RDFS.range.asNode(), SKG.Entity)).isTrue();
    }

    /**
     * Every W3C constant is in a namespace of {@link Namespaces} and is a real term: for RDF, RDFS, OWL,
     * SKOS and Dublin Core as Jena's vocabulary classes know them; for PROV, ORG, schema.org and NIF as
     * declared (re-declared, without axioms) in skg.ttl.
     */
    @Test
    void w3cConstantsAreTermsOfKnownVocabularies() {
        Map<String, Set<String>> jenaKnown = Map.of(
                Namespaces.RDF, uris(RDF.class), Namespaces.RDFS, uris(RDFS.class), Namespaces.OWL, uris(OWL2.class),
                Namespaces.SKOS, uris(SKOS.class), Namespaces.DCT, uris(DCTerms.class));
        Set<String> declaredHere = Set.of(Namespaces.PROV, Namespaces.ORG, Namespaces.SCHEMA, Namespaces.NIF);
        List<String> problems = new ArrayList<>();
        constants(W3C.class).forEach((field, term) -> {
            String uri = term.getURI();
            String ns = term.getNameSpace();
            if (jenaKnown.containsKey(ns)) {
                if (!jenaKnown.get(ns).contains(uri)) problems.add(field + " <" + uri + "> is not a term of " + ns);
            } else if (declaredHere.contains(ns)) {
                if (declarations(term).isEmpty()) problems.add(field + " <" + uri + "> is not declared in skg.ttl");
            } else {
                problems.add(field + " <" + uri + "> is in no known namespace");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** The prefixes the ontology files declare agree with {@link Namespaces}. */
    @Test
    void ontologyPrefixesAgreeWithNamespaces() {
        Map<String, String> project = Namespaces.prefixMapping().getNsPrefixMap();
        for (Graph g : List.of(ontology, shapes)) {
            g.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
                if (project.containsKey(prefix)) {
                    assertThat(ns).as("prefix %s:", prefix).isEqualTo(project.get(prefix));
                }
            });
        }
    }

    private static void assertSub(Node sub, org.apache.jena.rdf.model.Property p, String sup) {
        assertThat(ontology.contains(sub, p.asNode(), NodeFactory.createURI(sup)))
                .as("%s %s <%s>", sub.getLocalName(), p.getLocalName(), sup).isTrue();
    }

    private static boolean inSkg(Node n) {
        return n.isURI() && n.getURI().startsWith(SKG.NS);
    }

    private static Set<Node> declarations(Node term) {
        Set<Node> kinds = new HashSet<>();
        ontology.find(term, TYPE, Node.ANY).mapWith(Triple::getObject).filterKeep(DECLARATIONS::contains)
                .forEachRemaining(kinds::add);
        return kinds;
    }

    /** Public static final Node fields of a constants class, by field name. */
    private static Map<String, Node> constants(Class<?> c) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == Node.class) {
                try {
                    out.put(f.getName(), (Node) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    /** URIs of the public static Resource/Property constants of a Jena vocabulary class. */
    private static Set<String> uris(Class<?> vocab) {
        Set<String> out = new HashSet<>();
        for (Field f : vocab.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    Resource r = (Resource) f.get(null);
                    if (r != null && r.isURIResource()) out.add(r.getURI());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }
}
