package org.speechkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Node and relationship CSV files in the {@code neo4j-admin database import} header format:
 * <pre>
 * nodes.csv  id:ID,label,type,iri,:LABEL       (:LABEL values joined by ';', the tool's array delimiter)
 * edges.csv  :START_ID,:END_ID,:TYPE,predicate
 * </pre>
 * Quoting is RFC 4180 (Apache Commons CSV): fields with a comma, quote or line break are quoted and quotes
 * doubled, which is what the import tool reads by default. Labels with line breaks also need
 * {@code --multiline-fields=true}.
 */
public final class Neo4jCsvWriter {
    public static final String NODES_FILE = "nodes.csv";
    public static final String EDGES_FILE = "edges.csv";
    public static final List<String> NODE_HEADER = List.of("id:ID", "label", "type", "iri", ":LABEL");
    public static final List<String> EDGE_HEADER = List.of(":START_ID", ":END_ID", ":TYPE", "predicate");

    /** RFC 4180 with Unix line ends; quote only where needed. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

    public void writeNodes(PropertyGraph graph, OutputStream out) throws IOException {
        CSVPrinter csv = printer(out);
        csv.printRecord(NODE_HEADER);
        for (PgNode n : graph.nodes()) {
            csv.printRecord(n.id(), n.label(), n.type(), n.iri(), String.join(";", n.labels()));
        }
        csv.flush();
    }

    public void writeEdges(PropertyGraph graph, OutputStream out) throws IOException {
        CSVPrinter csv = printer(out);
        csv.printRecord(EDGE_HEADER);
        for (PgEdge e : graph.edges()) {
            csv.printRecord(e.source(), e.target(), e.type(), e.predicate());
        }
        csv.flush();
    }

    /** Writes {@code nodes.csv} and {@code edges.csv} into {@code dir} (created if needed); returns the two paths. */
    public List<Path> writeDirectory(PropertyGraph graph, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path nodes = dir.resolve(NODES_FILE);
        Path edges = dir.resolve(EDGES_FILE);
        try (OutputStream os = Files.newOutputStream(nodes)) {
            writeNodes(graph, os);
        }
        try (OutputStream os = Files.newOutputStream(edges)) {
            writeEdges(graph, os);
        }
        return List.of(nodes, edges);
    }

    /** Both files as one zip on a stream (for HTTP); finishes the zip but does not close {@code out}. */
    public void writeZip(PropertyGraph graph, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(NODES_FILE));
        writeNodes(graph, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(EDGES_FILE));
        writeEdges(graph, zip);
        zip.closeEntry();
        zip.finish();
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(w, FORMAT);
    }
}
