package org.speechkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.system.Txn;
import org.speechkg.rdf.IriMinter;
import org.speechkg.vocab.Namespaces;

/**
 * Exports the store's dataset, one speech's named graph, or a CONSTRUCT query's result, in any
 * {@link ExportFormat}. Used by the {@code export} command and by {@link ExportServlet}.
 *
 * <p>Selection: the whole dataset; or the named graph of speech {@code speechId} (graph IRI from
 * {@link IriMinter#graph}); then, if a CONSTRUCT query is given, its result over the union of the selected
 * graphs (the query's {@code WHERE} is run in {@code GRAPH <urn:x-arq:UnionGraph>} or in the speech's graph,
 * unless the query has its own {@code FROM}). Dataset syntaxes (N-Quads, TriG, JSON-LD) keep the named graphs;
 * triple syntaxes (Turtle, RDF/XML) and the property-graph formats get the union. A CONSTRUCT result has no
 * named graphs: dataset syntaxes write it as the default graph.
 *
 * <p>All checks (format, speech exists, query parses and is a CONSTRUCT) happen before the first byte is
 * written, and fail with {@link ExportException}.
 */
public final class GraphExporter {
    private final IriMinter iris;

    public GraphExporter(IriMinter iris) {
        this.iris = iris;
    }

    /** An exporter for data minted under {@link IriMinter#DEFAULT_BASE}. */
    public GraphExporter() {
        this(new IriMinter());
    }

    /**
     * Writes the export to {@code out} (not closed). Runs in a read transaction on {@code dsg} (or in the
     * caller's, if there is one). {@link ExportFormat#NEO4J} is written as a zip of the two CSV files.
     */
    public void write(DatasetGraph dsg, ExportRequest req, OutputStream out) throws IOException {
        try {
            Txn.executeRead(dsg, () -> {
                Selection sel = select(dsg, req);
                try {
                    writeSelection(sel, req.format(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * Writes the export to the file {@code target}, or, for {@link ExportFormat#NEO4J}, {@code nodes.csv} and
     * {@code edges.csv} into the directory {@code target}. Returns the files written.
     */
    public List<Path> write(DatasetGraph dsg, ExportRequest req, Path target) throws IOException {
        if (req.format() == ExportFormat.NEO4J) {
            PropertyGraph pg = propertyGraph(dsg, req);
            return new Neo4jCsvWriter().writeDirectory(pg, target);
        }
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        // Written aside and moved into place, so a failed export leaves no partial or empty file.
        Path part = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".part");
        try {
            try (OutputStream os = Files.newOutputStream(part)) {
                write(dsg, req, os);
            }
            Files.move(part, abs, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return List.of(target);
    }

    /** The property graph of the request's selection (its format is ignored). */
    public PropertyGraph propertyGraph(DatasetGraph dsg, ExportRequest req) {
        return Txn.calculateRead(dsg, () -> PropertyGraphBuilder.build(select(dsg, req).graph()));
    }

    /** The file name a download of this request should get, e.g. {@code speech-kg-000_abc.ttl}. */
    public static String fileName(ExportRequest req) {
        StringBuilder sb = new StringBuilder("speech-kg");
        req.speech().ifPresent(id -> sb.append('-').append(id.replaceAll("[^A-Za-z0-9._-]", "_")));
        req.construct().ifPresent(q -> sb.append("-construct"));
        return sb.append('.').append(req.format().extension()).toString();
    }

    // ---- selection ----

    /** What was selected, as a dataset (for dataset syntaxes) and as one graph (for everything else). */
    private record Selection(DatasetGraph dataset, Graph graph, PrefixMapping prefixes) {}

    /** Resolves the request against {@code dsg}; call inside a read transaction. */
    private Selection select(DatasetGraph dsg, ExportRequest req) {
        Node scope = Quad.unionGraph;
        DatasetGraph dataset = dsg;
        Graph graph = dsg.getUnionGraph();
        if (req.speech().isPresent()) {
            scope = iris.graph(req.speechId());
            if (!dsg.containsGraph(scope)) {
                throw ExportException.notFound("no speech '" + req.speechId() + "' (graph " + scope.getURI() + ")");
            }
            graph = dsg.getGraph(scope);
            dataset = DatasetGraphFactory.createGeneral();
            dataset.addGraph(scope, graph);
        }
        PrefixMapping prefixes = Namespaces.prefixMapping();
        if (req.construct().isPresent()) {
            Query q = parseConstruct(req.constructQuery());
            if (!q.hasDatasetDescription()) {
                q.setQueryPattern(new ElementNamedGraph(scope, q.getQueryPattern()));
            }
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                graph = qe.construct();
            } catch (QueryException e) {
                throw ExportException.badRequest("CONSTRUCT failed: " + e.getMessage(), e);
            }
            dataset = DatasetGraphFactory.wrap(graph);
            prefixes.setNsPrefixes(q.getPrefixMapping());
        }
        return new Selection(dataset, graph, prefixes);
    }

    /** Parses a CONSTRUCT query with the project prefixes predeclared; anything else is a bad request. */
    static Query parseConstruct(String text) {
        Query q = new Query();
        q.setPrefixMapping(Namespaces.prefixMapping());
        try {
            QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw ExportException.badRequest("query does not parse: " + e.getMessage(), e);
        }
        if (!q.isConstructType()) {
            throw ExportException.badRequest("only CONSTRUCT queries can be exported, not " + q.queryType());
        }
        return q;
    }

    // ---- writing ----

    private static void writeSelection(Selection sel, ExportFormat format, OutputStream out) throws IOException {
        switch (format.model()) {
            case RDF_DATASET -> writeDataset(sel, format.rdfFormat().orElseThrow(), out);
            case RDF_GRAPH -> writeGraph(sel, format.rdfFormat().orElseThrow(), out);
            case PROPERTY_GRAPH -> writePropertyGraph(PropertyGraphBuilder.build(sel.graph()), format, out);
        }
    }

    private static void writeDataset(Selection sel, RDFFormat fmt, OutputStream out) {
        PrefixMap pm = Prefixes.adapt(sel.prefixes());
        if (StreamRDFWriter.registered(fmt)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, fmt);
            stream.start();
            StreamRDFOps.sendDatasetToStream(sel.dataset(), stream, null, pm);
            stream.finish();
        } else {
            DatasetGraph withPrefixes = new DatasetGraphWrapper(sel.dataset()) {
                @Override
                public PrefixMap prefixes() {
                    return pm;
                }
            };
            RDFWriter.source(withPrefixes).format(fmt).output(out);
        }
    }

    private static void writeGraph(Selection sel, RDFFormat fmt, OutputStream out) {
        if (StreamRDFWriter.registered(fmt)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, fmt);
            stream.start();
            StreamRDFOps.sendGraphToStream(sel.graph(), stream, null, Prefixes.adapt(sel.prefixes()));
            stream.finish();
        } else {
            PrefixMapping pm = sel.prefixes();
            Graph withPrefixes = new GraphWrapper(sel.graph()) {
                @Override
                public PrefixMapping getPrefixMapping() {
                    return pm;
                }
            };
            RDFWriter.source(withPrefixes).format(fmt).output(out);
        }
    }

    private static void writePropertyGraph(PropertyGraph pg, ExportFormat format, OutputStream out) throws IOException {
        Neo4jCsvWriter neo4j = new Neo4jCsvWriter();
        switch (format) {
            case GRAPHML -> new GraphMlWriter().write(pg, out);
            case GEXF -> new GexfWriter().write(pg, out);
            case CYTOSCAPE -> new CytoscapeJsonWriter().write(pg, out);
            case NEO4J -> neo4j.writeZip(pg, out);
            case NEO4J_NODES -> neo4j.writeNodes(pg, out);
            case NEO4J_EDGES -> neo4j.writeEdges(pg, out);
            default -> throw new IllegalStateException("not a property-graph format: " + format);
        }
    }
}
