package org.speechkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/** The real pipeline's output, for the seed speeches and the fixtures, conforms to ontology/shapes.ttl. */
class TestShaclConformance {
    private static final String FIXTURE = "nif_astral";
    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(PipelineGraphs.shapes());
    }

    static Stream<Path> corpora() {
        return Stream.of(PipelineGraphs.SEEDS, PipelineGraphs.FIXTURES);
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void unionGraphConforms(Path dir) {
        DatasetGraph dsg = PipelineGraphs.of(dir);
        assertConforms(dir + " (union graph)", dsg.getUnionGraph());
    }

    /** Each speech graph is self-contained: whatever it points at is typed and labelled in it. */
    @ParameterizedTest
    @MethodSource("corpora")
    void everySpeechGraphConforms(Path dir) {
        DatasetGraph dsg = PipelineGraphs.of(dir);
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).as("named graphs from %s", dir).isNotEmpty();
        for (Node g : graphs) {
            assertConforms(g.getURI(), dsg.getGraph(g));
        }
    }

    /** One defect each; the shapes must report every one on an otherwise conforming speech graph. */
    static Stream<Arguments> defects() {
        Node party = uri("entity/Organization/党中央");
        Node speech = uri("speech/" + FIXTURE);
        Node xi = uri("entity/Person/习近平");
        return Stream.of(
                defect("noise in an altLabel", g -> g.add(Triple.create(party, W3C.skosAltLabel, zh("##paidbegin##党中央"))), party),
                defect("edit password in a label", g -> g.add(Triple.create(party, W3C.rdfsLabel, zh("本文档编辑密码：wsx2023"))), party),
                defect("second prefLabel", g -> g.add(Triple.create(party, W3C.skosPrefLabel, zh("中共中央"))), party),
                defect("prefLabel without @zh", g -> replaceObject(g, party, W3C.skosPrefLabel, NodeFactory.createLiteralString("党中央")), party),
                defect("second dct:title", g -> g.add(Triple.create(speech, W3C.dctTitle, zh("另一个标题"))), speech),
                defect("charCount as a string", g -> replaceObject(g, speech, SKG.charCount, NodeFactory.createLiteralString("180")), speech),
                defect("speech without text context", g -> g.remove(speech, SKG.text, Node.ANY), speech),
                defect("denoted entity not typed", g -> g.remove(xi, W3C.rdfType, Node.ANY), null),
                defect("entity with two classes", g -> g.add(Triple.create(xi, W3C.rdfType, SKG.Place)), xi),
                defect("mention offset as nonNegativeInteger", g -> {
                    Node m = anyMention(g);
                    replaceObject(g, m, W3C.nifBeginIndex, NodeFactory.createLiteralDT(
                            integerOf(g, m, W3C.nifBeginIndex), XSDDatatype.XSDnonNegativeInteger));
                }, null),
                defect("mention without anchorOf", g -> g.remove(anyMention(g), W3C.nifAnchorOf, Node.ANY), null),
                defect("mention begin after end", g -> {
                    Node m = anyMention(g);
                    replaceObject(g, m, W3C.nifBeginIndex, NodeFactory.createLiteralDT("100000", XSDDatatype.XSDinteger));
                }, null),
                defect("statistic value as a string", g -> {
                    Node st = uri("speech/" + FIXTURE + "/statistic/0");
                    replaceObject(g, st, SKG.value, NodeFactory.createLiteralString("12"));
                }, uri("speech/" + FIXTURE + "/statistic/0")),
                defect("statistic without unit", g -> g.remove(uri("speech/" + FIXTURE + "/statistic/0"), SKG.unit, Node.ANY),
                        uri("speech/" + FIXTURE + "/statistic/0")),
                defect("noise in the context text", g -> {
                    Node ctx = uri("speech/" + FIXTURE + "/text");
                    replaceObject(g, ctx, W3C.nifIsString, NodeFactory.createLiteralString("##paidbegin##正文"));
                }, uri("speech/" + FIXTURE + "/text")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void shapesReportEachDefect(String what, Consumer<Graph> breakIt, Node expectedFocus) {
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, PipelineGraphs.of(PipelineGraphs.FIXTURES)
                .getGraph(NodeFactory.createURI(PipelineGraphs.graphIri(FIXTURE))));
        assertThat(ShaclValidator.get().validate(shapes, g).conforms()).as("fixture before breaking it").isTrue();
        breakIt.accept(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertThat(report.conforms()).as("shapes report: %s", what).isFalse();
        if (expectedFocus != null) {
            assertThat(report.getEntries()).as("a result about %s", expectedFocus)
                    .anySatisfy(e -> assertThat(e.focusNode()).isEqualTo(expectedFocus));
        }
    }

    private static Arguments defect(String what, Consumer<Graph> breakIt, Node focus) {
        return Arguments.of(what, breakIt, focus);
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(PipelineGraphs.BASE + path);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node anyMention(Graph g) {
        return g.find(Node.ANY, W3C.rdfType, SKG.Mention).next().getSubject();
    }

    private static String integerOf(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static void replaceObject(Graph g, Node s, Node p, Node o) {
        g.remove(s, p, Node.ANY);
        g.add(Triple.create(s, p, o));
    }

    private static void assertConforms(String what, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (!report.conforms()) {
            Graph rg = report.getGraph();
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            rg.getPrefixMapping().setNsPrefixes(Namespaces.prefixMapping());
            rg.getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
            RDFDataMgr.write(bos, rg, Lang.TURTLE);
            String text = bos.toString(StandardCharsets.UTF_8);
            System.out.println("SHACL report for " + what + " (" + report.getEntries().size() + " results):\n" + text);
        }
        assertThat(report.conforms())
                .as("%s conforms to shapes.ttl; %d violations, first: %s", what, report.getEntries().size(),
                        report.getEntries().stream().limit(5).map(Object::toString).toList())
                .isTrue();
    }
}
