package org.speechkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.rdf.TestNifOffsets.objects;
import static org.speechkg.rdf.TestNifOffsets.subjects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * What the published graph must never contain, and how anonymised placeholders are scoped.
 * <ul>
 *   <li>No literal anywhere carries site noise (paywall markers, edit passwords).</li>
 *   <li>No label (rdfs:label, skos:prefLabel, skos:altLabel) carries an obfuscated form such as X习近平 or
 *       dangshi: labels are published names; the obfuscated surface is provenance, kept in nif:anchorOf only.</li>
 *   <li>Placeholders (XX市委…) are local to their speech: two speeches give two IRIs; 党中央 is one IRI.</li>
 * </ul>
 */
class TestGraphHygiene {
    private static final Pattern NOISE = Pattern.compile("##\\s*paid|编辑密码|wsx2023", Pattern.CASE_INSENSITIVE);
    /** Obfuscations the cleaner undoes; none may survive into a label. */
    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?<![A-Za-zＸ])[XxＸ](?=(习近平|毛泽东|邓小平|江泽民|胡锦涛|李强|赵乐际|王沪宁))"
                    + "|(?i)(?<![A-Za-z])(dang\\s?shi|zheng\\s?zhi|min\\s?gan|gong\\s?chan\\s?dang)(?![A-Za-z])");
    private static final List<Node> LABELS = List.of(W3C.rdfsLabel, W3C.skosPrefLabel, W3C.skosAltLabel);

    static Stream<Path> corpora() {
        return Stream.of(PipelineGraphs.SEEDS, PipelineGraphs.FIXTURES);
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void noLiteralCarriesSiteNoise(Path dir) {
        DatasetGraph dsg = PipelineGraphs.of(dir);
        List<String> noisy = iterate(dsg.find()).map(Quad::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(s -> NOISE.matcher(s).find()).map(TestGraphHygiene::clip).toList();
        assertThat(noisy).as("literals with site noise in %s", dir).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void noLabelCarriesAnObfuscatedSurface(Path dir) {
        Graph g = PipelineGraphs.of(dir).getUnionGraph();
        List<String> bad = LABELS.stream()
                .flatMap(p -> g.find(Node.ANY, p, Node.ANY).toList().stream())
                .filter(t -> OBFUSCATED.matcher(t.getObject().getLiteralLexicalForm()).find())
                .map(t -> t.getSubject().getURI() + " " + t.getPredicate().getLocalName() + " \""
                        + t.getObject().getLiteralLexicalForm() + "\"")
                .sorted().toList();
        assertThat(bad).as("labels carrying obfuscated surface forms in %s (surface text belongs in nif:anchorOf only)", dir)
                .isEmpty();
    }

    /** The obfuscated surface is still kept, as provenance. */
    @Test
    void obfuscatedSurfaceSurvivesInAnchorOf() {
        Graph g = PipelineGraphs.of(PipelineGraphs.SEEDS).getUnionGraph();
        List<String> anchors = g.find(Node.ANY, W3C.nifAnchorOf, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertThat(anchors).anySatisfy(a -> assertThat(a).contains("X习近平"));
    }

    @Test
    void placeholderEntitiesAreLocalToTheirSpeech() {
        DatasetGraph dsg = PipelineGraphs.of(PipelineGraphs.FIXTURES);
        Node a = placeholderEntity(dsg, "placeholder_a", "XX市委");
        Node b = placeholderEntity(dsg, "placeholder_b", "XX市委");
        assertThat(a).as("XX市委 in two speeches is two bodies").isNotEqualTo(b);
        assertThat(a.getURI()).startsWith(PipelineGraphs.BASE + "speech/placeholder_a/");
        assertThat(b.getURI()).startsWith(PipelineGraphs.BASE + "speech/placeholder_b/");
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void noCorpusWideEntityCarriesAPlaceholder(Path dir) {
        Graph g = PipelineGraphs.of(dir).getUnionGraph();
        List<String> bad = g.find(Node.ANY, W3C.skosPrefLabel, Node.ANY).toList().stream()
                .filter(t -> t.getObject().getLiteralLexicalForm().matches(".*(XX|ＸＸ|[*＊]).*"))
                .filter(t -> !t.getSubject().getURI().startsWith(PipelineGraphs.BASE + "speech/")
                        || !objects(g, t.getSubject(), SKG.scope).contains(NodeFactory.createLiteralString("speech")))
                .map(t -> t.getSubject().getURI()).toList();
        assertThat(bad).as("placeholder entities that are corpus-wide").isEmpty();
    }

    @Test
    void nationalEntityIsOneIriAcrossSpeeches() {
        DatasetGraph dsg = PipelineGraphs.of(PipelineGraphs.FIXTURES);
        Node party = NodeFactory.createURI(PipelineGraphs.BASE + "entity/Organization/党中央");
        for (String id : List.of("placeholder_a", "placeholder_b", "nif_astral")) {
            Node speech = NodeFactory.createURI(PipelineGraphs.BASE + "speech/" + id);
            Graph g = dsg.getGraph(NodeFactory.createURI(PipelineGraphs.graphIri(id)));
            assertThat(objects(g, speech, SKG.mentions)).as("%s mentions 党中央", id).contains(party);
            assertThat(entitiesLabelled(g, "党中央")).containsExactly(party);
        }
    }

    /**
     * The entity classes are disjoint in the ontology, so two entity IRIs of different classes must not be
     * owl:sameAs the same Wikidata item (that would make the graph inconsistent under OWL).
     */
    @ParameterizedTest
    @MethodSource("corpora")
    void wikidataItemsAreNotSharedAcrossClasses(Path dir) {
        Graph g = PipelineGraphs.of(dir).getUnionGraph();
        Map<Node, Set<Node>> byItem = new HashMap<>();
        g.find(Node.ANY, W3C.owlSameAs, Node.ANY).forEachRemaining(t ->
                byItem.computeIfAbsent(t.getObject(), k -> new java.util.HashSet<>()).add(t.getSubject()));
        byItem.forEach((item, entities) -> assertThat(entities).as("entities owl:sameAs %s", item).hasSize(1));
    }

    /**
     * The data does not contradict the ontology's disjointness axioms, even after RDFS inference (subclasses,
     * domains and ranges): no node ends up in two classes of one owl:AllDisjointClasses group.
     */
    @ParameterizedTest
    @MethodSource("corpora")
    void dataRespectsDisjointClassesUnderRdfsInference(Path dir) {
        Model ontology = ModelFactory.createModelForGraph(PipelineGraphs.ontology());
        Model data = ModelFactory.createModelForGraph(PipelineGraphs.of(dir).getUnionGraph());
        InfModel inf = ModelFactory.createRDFSModel(ontology, data);
        List<List<Resource>> groups = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL2.AllDisjointClasses).forEachRemaining(g ->
                groups.add(g.getPropertyResourceValue(OWL2.members).as(RDFList.class).asJavaList().stream()
                        .map(RDFNode::asResource).toList()));
        assertThat(groups).as("disjointness groups in skg.ttl").isNotEmpty();
        List<String> clashes = new ArrayList<>();
        for (List<Resource> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Resource a = group.get(i);
                    Resource b = group.get(j);
                    inf.listSubjectsWithProperty(RDF.type, a).filterKeep(x -> inf.contains(x, RDF.type, b))
                            .forEachRemaining(x -> clashes.add(x + " is both " + a.getLocalName() + " and " + b.getLocalName()));
                }
            }
        }
        assertThat(clashes).as("nodes in two disjoint classes in %s", dir).isEmpty();
    }

    private static Node placeholderEntity(DatasetGraph dsg, String speechId, String label) {
        Graph g = dsg.getGraph(NodeFactory.createURI(PipelineGraphs.graphIri(speechId)));
        List<Node> found = entitiesLabelled(g, label);
        assertThat(found).as("entity labelled %s in %s", label, speechId).hasSize(1);
        return found.get(0);
    }

    /** Entities with this prefLabel (not the kind of body of the same name, which labels a classification). */
    private static List<Node> entitiesLabelled(Graph g, String label) {
        return subjects(g, W3C.skosPrefLabel, NodeFactory.createLiteralLang(label, "zh")).stream()
                .filter(s -> !g.contains(s, W3C.rdfType, SKG.OrganizationKind)).toList();
    }

    private static Stream<Quad> iterate(java.util.Iterator<Quad> it) {
        Iterable<Quad> iterable = () -> it;
        return java.util.stream.StreamSupport.stream(iterable.spliterator(), false);
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
