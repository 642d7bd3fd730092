package org.speechkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speechkg.rdf.IriMinter;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/** The property-graph formats of the seed store: counted against SPARQL, and re-imported by real readers. */
class PropertyGraphExportTest {
    private static DatasetGraph store;
    private static PropertyGraph pg;
    private static final GraphExporter EXPORTER = new GraphExporter(new IriMinter(SeedStore.BASE));

    @BeforeAll
    static void load() {
        store = SeedStore.dataset();
        pg = EXPORTER.propertyGraph(store, ExportRequest.of(ExportFormat.GRAPHML));
    }

    @Test
    void modelHasEverySpeechEntityAndRelationOnce() {
        String classes = values(SKG.Speech, SKG.Organization, SKG.Document, SKG.Policy, SKG.Campaign, SKG.Event,
                SKG.Person, SKG.Place);
        String preds = values(SKG.mentions, SKG.cites, SKG.issuedBy, SKG.subOrganizationOf, SKG.implementsPolicy,
                SKG.organizedBy, SKG.partOf);
        long nodes = count("SELECT (COUNT(DISTINCT ?n) AS ?c) { { VALUES ?t { " + classes + " } ?n " + nt(W3C.rdfType) + " ?t }"
                + " UNION { VALUES ?p { " + preds + " } ?n ?p ?o FILTER isIRI(?o) }"
                + " UNION { VALUES ?p { " + preds + " } ?s ?p ?n FILTER isIRI(?n) } }");
        long edges = count("SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?s ?p ?o { VALUES ?p { " + preds + " } ?s ?p ?o FILTER isIRI(?o) } }");
        long speeches = count("SELECT (COUNT(DISTINCT ?s) AS ?c) { ?s " + nt(W3C.rdfType) + " " + nt(SKG.Speech) + " }");

        assertThat(pg.nodes()).hasSize((int) nodes);
        assertThat(pg.edges()).hasSize((int) edges);
        assertThat(pg.nodes().stream().filter(n -> n.type().equals("Speech"))).hasSize((int) speeches)
                .allSatisfy(n -> assertThat(n.labels()).containsExactly("Speech"));
        assertThat(pg.nodes()).filteredOn(n -> !n.type().equals("Speech"))
                .allSatisfy(n -> assertThat(n.labels()).startsWith("Entity").contains(n.type()))
                .noneMatch(n -> n.type().equals(PropertyGraphBuilder.RESOURCE));
        assertThat(pg.edges()).extracting(PgEdge::type).contains("mentions", "cites");
        assertThat(pg.nodes()).allSatisfy(n -> assertThat(n.label()).isNotBlank().doesNotStartWith("http"));
    }

    @Test
    void graphMlReimportsWithTheSameNodesEdgesAndLabels() throws IOException {
        Map<String, String> labels = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        Graph<String, DefaultEdge> back = reimport(ExportFormat.GRAPHML, importer);

        assertSameShape(back);
        pg.nodes().forEach(n -> assertThat(labels).containsEntry(n.id(), n.label()));
    }

    @Test
    void gexfReimportsWithTheSameNodesAndEdges() throws IOException {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(true);
        Set<String> edgeLabels = new HashSet<>();
        importer.addEdgeAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                edgeLabels.add(a.getValue());
            }
        });
        Graph<String, DefaultEdge> back = reimport(ExportFormat.GEXF, importer);

        assertSameShape(back);
        assertThat(edgeLabels).isEqualTo(pg.edges().stream().map(PgEdge::type).collect(Collectors.toSet()));
    }

    @Test
    void cytoscapeJsonParsesWithTheSameCounts() throws IOException {
        JsonObject doc = JSON.parse(new ByteArrayInputStream(export(ExportFormat.CYTOSCAPE)));
        JsonObject elements = doc.get("elements").getAsObject();
        JsonArray nodes = elements.get("nodes").getAsArray();
        JsonArray edges = elements.get("edges").getAsArray();

        assertThat(nodes).hasSize(pg.nodes().size());
        assertThat(edges).hasSize(pg.edges().size());
        Set<String> ids = nodes.stream().map(n -> data(n).getString("id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(nodes.size());
        assertThat(edges).allSatisfy(e -> {
            JsonObject d = data(e);
            assertThat(ids).contains(d.getString("source"), d.getString("target"));
            assertThat(d.getString("label")).isNotBlank();
        });
        PgNode speech = pg.nodes().stream().filter(n -> n.type().equals("Speech")).findFirst().orElseThrow();
        JsonObject speechData = nodes.stream().map(PropertyGraphExportTest::data)
                .filter(d -> d.getString("id").equals(speech.id())).findFirst().orElseThrow();
        assertThat(speechData.getString("label")).isEqualTo(speech.label());
        assertThat(speechData.getString("type")).isEqualTo("Speech");
    }

    @Test
    void neo4jCsvFollowsTheImportToolsHeaderFormat() throws IOException {
        Map<String, byte[]> files = unzip(export(ExportFormat.NEO4J));
        assertThat(files).containsOnlyKeys(Neo4jCsvWriter.NODES_FILE, Neo4jCsvWriter.EDGES_FILE);

        List<CSVRecord> nodes = csv(files.get(Neo4jCsvWriter.NODES_FILE));
        List<CSVRecord> edges = csv(files.get(Neo4jCsvWriter.EDGES_FILE));
        assertThat(nodes.get(0).values()).contains("id:ID", ":LABEL");
        assertThat(edges.get(0).values()).startsWith(":START_ID", ":END_ID", ":TYPE");
        assertThat(nodes).hasSize(pg.nodes().size() + 1);
        assertThat(edges).hasSize(pg.edges().size() + 1);

        int idCol = List.of(nodes.get(0).values()).indexOf("id:ID");
        int labelCol = List.of(nodes.get(0).values()).indexOf(":LABEL");
        Set<String> ids = nodes.stream().skip(1).map(r -> r.get(idCol)).collect(Collectors.toSet());
        assertThat(ids).hasSize(pg.nodes().size());
        assertThat(nodes.stream().skip(1)).allSatisfy(r -> assertThat(r.get(labelCol).split(";"))
                .isSubsetOf("Speech", "Entity", "Organization", "Document", "Policy", "Campaign", "Event", "Person", "Place"));
        assertThat(edges.stream().skip(1)).allSatisfy(r -> {
            assertThat(ids).contains(r.get(0), r.get(1));
            assertThat(r.get(2)).matches("[A-Za-z]+");
        });
        // the single-file variants are the same bytes as the zip's entries
        assertThat(export(ExportFormat.NEO4J_NODES)).isEqualTo(files.get(Neo4jCsvWriter.NODES_FILE));
        assertThat(export(ExportFormat.NEO4J_EDGES)).isEqualTo(files.get(Neo4jCsvWriter.EDGES_FILE));
    }

    private static void assertSameShape(Graph<String, DefaultEdge> back) {
        assertThat(back.vertexSet()).hasSize(pg.nodes().size());
        assertThat(back.edgeSet()).hasSize(pg.edges().size());
        assertThat(back.vertexSet()).containsExactlyInAnyOrderElementsOf(pg.nodes().stream().map(PgNode::id).toList());
    }

    private static Graph<String, DefaultEdge> reimport(ExportFormat f, GraphImporter<String, DefaultEdge> importer) throws IOException {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        if (importer instanceof GraphMLImporter<String, DefaultEdge> gml) {
            gml.setVertexFactory(id -> id);
        } else if (importer instanceof SimpleGEXFImporter<String, DefaultEdge> gexf) {
            gexf.setVertexFactory(id -> id);
        }
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(export(f)), StandardCharsets.UTF_8)) {
            importer.importGraph(g, r);
        }
        return g;
    }

    private static byte[] export(ExportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.write(store, ExportRequest.of(f), out);
        return out.toByteArray();
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        try (CSVParser p = CSVParser.parse(new String(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static JsonObject data(JsonValue element) {
        return element.getAsObject().get("data").getAsObject();
    }

    private static long count(String select) {
        return Txn.calculateRead(store, () -> {
            try (QueryExec qe = QueryExec.dataset(store).query(select).set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rows = qe.select();
                return ((Number) rows.next().get("c").getLiteralValue()).longValue();
            }
        });
    }

    private static String values(Node... nodes) {
        return Stream.of(nodes).map(PropertyGraphExportTest::nt).collect(Collectors.joining(" "));
    }

    private static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
