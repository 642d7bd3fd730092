package org.speechkg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RDF exports of the seed store re-parse to exactly what was selected. */
class RdfExportTest {
    private static DatasetGraph store;
    private static DatasetGraph all;
    private static Graph union;
    private final GraphExporter exporter = new GraphExporter(new org.speechkg.rdf.IriMinter(SeedStore.BASE));

    @BeforeAll
    static void load() {
        store = SeedStore.dataset();
        all = Txn.calculateRead(store, () -> copy(store));
        union = Txn.calculateRead(store, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertThat(union.size()).isGreaterThan(1000);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQUADS", "TRIG", "JSONLD"})
    void datasetFormatsKeepEveryNamedGraph(ExportFormat format) throws IOException {
        DatasetGraph back = parseDataset(export(ExportRequest.of(format)), format);

        assertThat(graphNames(back)).hasSameElementsAs(graphNames(all)).hasSize(SeedStore.speechIds().size());
        assertThat(IsoMatcher.isomorphic(all, back)).as("isomorphic to the store").isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "RDFXML"})
    void tripleFormatsHoldTheUnionGraph(ExportFormat format) throws IOException {
        Graph back = parseGraph(export(ExportRequest.of(format)), format);

        assertThat(back.isIsomorphicWith(union)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "TURTLE"})
    void oneSpeechIsOnlyThatSpeechsGraph(ExportFormat format) throws IOException {
        String id = SeedStore.speechIds().get(1);
        Node g = SeedStore.graphOf(id);
        Graph expected = all.getGraph(g);
        byte[] bytes = export(ExportRequest.of(format).withSpeech(id));

        Graph back;
        if (format == ExportFormat.TRIG) {
            DatasetGraph ds = parseDataset(bytes, format);
            assertThat(graphNames(ds)).containsExactly(g);
            assertThat(ds.getDefaultGraph().isEmpty()).isTrue();
            back = ds.getGraph(g);
        } else {
            back = parseGraph(bytes, format);
        }
        assertThat(back.isIsomorphicWith(expected)).isTrue();
        assertThat(back.size()).isLessThan(union.size());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQUADS", "TURTLE"})
    void constructExportIsTheConstructResult(ExportFormat format) throws IOException {
        String query = resource("mentions.rq");
        // Computed the other way round: TDB2's union-default-graph switch instead of the exporter's rewrite.
        Graph expected = Txn.calculateRead(store, () -> {
            try (QueryExec qe = QueryExec.dataset(store).query(GraphExporter.parseConstruct(query))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return qe.construct();
            }
        });
        assertThat(expected.size()).isGreaterThan(100);

        byte[] bytes = export(ExportRequest.of(format).withConstruct(query));
        Graph back = format == ExportFormat.NQUADS ? parseDataset(bytes, format).getDefaultGraph() : parseGraph(bytes, format);

        assertThat(back.isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void constructOverOneSpeechSeesOnlyThatSpeech() throws IOException {
        String id = SeedStore.speechIds().get(0);
        Query q = GraphExporter.parseConstruct(resource("mentions.rq"));
        Graph expected = Txn.calculateRead(store, () -> QueryExec.graph(all.getGraph(SeedStore.graphOf(id))).query(q).construct());

        Graph back = parseGraph(export(ExportRequest.of(ExportFormat.TURTLE).withSpeech(id).withConstruct(resource("mentions.rq"))),
                ExportFormat.TURTLE);

        assertThat(back.isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void nonConstructQueriesAreRejected() {
        for (String q : List.of("SELECT * { ?s ?p ?o }", "ASK { ?s ?p ?o }", "DESCRIBE <http://x/>", "CONSTRUCT {")) {
            assertThatThrownBy(() -> export(ExportRequest.of(ExportFormat.TURTLE).withConstruct(q)))
                    .isInstanceOfSatisfying(ExportException.class,
                            e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.BAD_REQUEST));
        }
    }

    @Test
    void unknownSpeechIsNotFoundAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exporter.write(store, ExportRequest.of(ExportFormat.NQUADS).withSpeech("no-such-speech"), out))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.NOT_FOUND));
        assertThat(out.size()).isZero();
    }

    @Test
    void formatsHaveMediaTypesAndParse() {
        assertThat(ExportFormat.parse("TTL")).isEqualTo(ExportFormat.TURTLE);
        assertThat(ExportFormat.parse("json-ld")).isEqualTo(ExportFormat.JSONLD);
        assertThat(ExportFormat.TURTLE.contentType()).isEqualTo("text/turtle; charset=utf-8");
        assertThat(ExportFormat.CYTOSCAPE.contentType()).isEqualTo("application/json");
        for (ExportFormat f : ExportFormat.values()) {
            f.rdfFormat().ifPresent(r -> assertThat(r.getLang().getContentType().getContentTypeStr()).isEqualTo(f.mediaType()));
        }
        assertThatThrownBy(() -> ExportFormat.parse("docx")).isInstanceOf(ExportException.class).hasMessageContaining("graphml");
    }

    private byte[] export(ExportRequest req) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(store, req, out);
        return out.toByteArray();
    }

    private static DatasetGraph parseDataset(byte[] bytes, ExportFormat f) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(f)).parse(ds);
        return ds;
    }

    private static Graph parseGraph(byte[] bytes, ExportFormat f) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(f)).parse(g);
        return g;
    }

    private static Lang lang(ExportFormat f) {
        return f.rdfFormat().orElseThrow().getLang();
    }

    private static List<Node> graphNames(DatasetGraph ds) {
        List<Node> out = new java.util.ArrayList<>();
        ds.listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph c = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(c::add);
        return c;
    }

    static String resource(String name) {
        try (InputStream in = RdfExportTest.class.getResourceAsStream("/export/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
