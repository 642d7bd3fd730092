package org.speechkg.rdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.speechkg.cli.Pipeline;

/**
 * Test support: the real pipeline run over a directory of speeches into an in-memory dataset, one named
 * graph per speech. Results are cached per directory so the RDF tests share one (HanLP-heavy) run.
 */
final class PipelineGraphs {
    static final String BASE = "http://localhost:3030/";
    static final Path SEEDS = Path.of("seeds");
    static final Path FIXTURES = Path.of("src/test/resources/rdf");
    static final Path SHAPES = Path.of("ontology/shapes.ttl");
    static final Path ONTOLOGY = Path.of("ontology/skg.ttl");

    private static final Map<Path, DatasetGraph> CACHE = new ConcurrentHashMap<>();
    private static volatile Pipeline pipeline;

    private PipelineGraphs() {}

    static Pipeline pipeline() {
        if (pipeline == null) {
            synchronized (PipelineGraphs.class) {
                if (pipeline == null) {
                    pipeline = Pipeline.standard(BASE);
                }
            }
        }
        return pipeline;
    }

    /** The speeches in {@code dir} (a directory of .txt files) as a dataset with one named graph each. */
    static DatasetGraph of(Path dir) {
        return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), PipelineGraphs::build);
    }

    private static DatasetGraph build(Path dir) {
        Pipeline p = pipeline();
        List<Path> files;
        try {
            files = p.source().list(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no speeches in " + dir);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        for (Path f : files) {
            p.emit(p.process(f), out);
        }
        out.finish();
        return dsg;
    }

    static Graph shapes() {
        return RDFDataMgr.loadGraph(SHAPES.toString());
    }

    static Graph ontology() {
        return RDFDataMgr.loadGraph(ONTOLOGY.toString());
    }

    /** The speech's named graph IRI for a fixture file name without extension. */
    static String graphIri(String speechId) {
        return BASE + "graph/" + speechId;
    }
}
