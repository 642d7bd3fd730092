package org.speechkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speechkg.rdf.IriMinter;

/**
 * A hand-written three-node dataset (in plain in-memory Jena, not TDB2) with labels that need CSV quoting:
 * the model's exact shape, Neo4j CSV quoting, and CONSTRUCT on a non-TDB2 dataset.
 */
class SmallGraphExportTest {
    private static final String SPEECH = "http://localhost:3030/speech/awkward";
    private static final String DOC = "http://localhost:3030/entity/Document/quoted";
    private static final String ORG = "http://localhost:3030/entity/Organization/multi";

    private DatasetGraph dsg;
    private final GraphExporter exporter = new GraphExporter(new IriMinter("http://localhost:3030/"));

    @BeforeEach
    void load() {
        dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(getClass().getResourceAsStream("/export/awkward-labels.trig")).lang(Lang.TRIG).parse(dsg);
    }

    @Test
    void modelHasTypedLabelledNodesAndOneEdgePerTriple() {
        PropertyGraph pg = exporter.propertyGraph(dsg, ExportRequest.of(ExportFormat.GRAPHML));
        Map<String, PgNode> byIri = pg.nodes().stream().collect(Collectors.toMap(PgNode::iri, n -> n));

        assertThat(byIri).containsOnlyKeys(SPEECH, DOC, ORG);
        assertThat(byIri.get(SPEECH)).extracting(PgNode::type, PgNode::label, PgNode::labels)
                .containsExactly("Speech", "标题, with a comma", List.of("Speech"));
        assertThat(byIri.get(DOC)).extracting(PgNode::type, PgNode::labels)
                .containsExactly("Document", List.of("Entity", "Document"));
        assertThat(byIri.get(ORG).label()).isEqualTo("line one\nline two, \"quoted\"");
        assertThat(pg.edges()).extracting(e -> pg.node(e.source()).orElseThrow().iri() + " " + e.type() + " "
                        + pg.node(e.target()).orElseThrow().iri())
                .containsExactlyInAnyOrder(SPEECH + " mentions " + DOC, SPEECH + " mentions " + ORG,
                        SPEECH + " cites " + DOC, DOC + " issuedBy " + ORG);
        // speech → document twice (mentions and cites): parallel edges are kept
        assertThat(pg.graph().getAllEdges(byIri.get(SPEECH), byIri.get(DOC))).hasSize(2);
    }

    @Test
    void neo4jCsvQuotesCommasQuotesAndLineBreaks() throws IOException {
        String raw = new String(export(ExportRequest.of(ExportFormat.NEO4J_NODES)), StandardCharsets.UTF_8);

        assertThat(raw).startsWith(String.join(",", Neo4jCsvWriter.NODE_HEADER) + "\n");
        assertThat(raw).contains("\"标题, with a comma\"");
        assertThat(raw).contains("\"《关于\"\"两个维护\"\"的意见》\"");
        assertThat(raw).contains("\"line one\nline two, \"\"quoted\"\"\"");

        List<CSVRecord> rows = PropertyGraphExportTest.csv(raw.getBytes(StandardCharsets.UTF_8));
        int label = Neo4jCsvWriter.NODE_HEADER.indexOf("label");
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().skip(1).map(r -> r.get(label))).containsExactlyInAnyOrder(
                "标题, with a comma", "《关于\"两个维护\"的意见》", "line one\nline two, \"quoted\"");
    }

    @Test
    void constructWorksOnAPlainJenaDatasetAndUntypedEndpointsBecomeResources() {
        String q = "CONSTRUCT { ?d skg:issuedBy ?o } WHERE { ?d skg:issuedBy ?o }";
        PropertyGraph pg = exporter.propertyGraph(dsg, ExportRequest.of(ExportFormat.GEXF).withConstruct(q));

        assertThat(pg.edges()).singleElement().extracting(PgEdge::type).isEqualTo("issuedBy");
        assertThat(pg.nodes()).hasSize(2).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo(PropertyGraphBuilder.RESOURCE);
            assertThat(n.labels()).containsExactly(PropertyGraphBuilder.RESOURCE);
        });
        assertThat(pg.nodes()).extracting(PgNode::label).containsExactlyInAnyOrder("quoted", "multi");
    }

    private byte[] export(ExportRequest req) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(dsg, req, out);
        return out.toByteArray();
    }
}
