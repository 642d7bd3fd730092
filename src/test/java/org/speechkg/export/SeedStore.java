package org.speechkg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.speechkg.cli.Pipeline;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.store.Tdb2SpeechStore;

/** The seed speeches run through the real pipeline into an in-memory TDB2 store, built once per JVM. */
final class SeedStore {
    static final String BASE = "http://localhost:3030/";
    private static Tdb2SpeechStore store;
    private static List<String> speechIds;
    private static Pipeline pipeline;

    private SeedStore() {}

    static synchronized DatasetGraph dataset() {
        if (store == null) {
            pipeline = Pipeline.standard(BASE);
            Tdb2SpeechStore s = Tdb2SpeechStore.inMemory();
            List<Path> files;
            try {
                files = pipeline.source().list(Path.of("seeds"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            speechIds = files.stream().map(f -> {
                ResolvedSpeech rs = pipeline.process(f);
                s.replace(pipeline.graphOf(rs.id()), out -> pipeline.emit(rs, out));
                return rs.id();
            }).toList();
            store = s;
        }
        return store.datasetGraph();
    }

    static synchronized List<String> speechIds() {
        dataset();
        return speechIds;
    }

    static Node graphOf(String speechId) {
        dataset();
        return pipeline.graphOf(speechId);
    }
}
