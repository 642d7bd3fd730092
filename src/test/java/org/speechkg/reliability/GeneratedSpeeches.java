package org.speechkg.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.speechkg.cli.Pipeline;
import org.speechkg.cli.bench.CorpusGenerator;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.SpeechGraph;

/** Speeches generated from the seeds (as the benchmark makes them), and what a clean build of each gives. */
final class GeneratedSpeeches {
    private GeneratedSpeeches() {}

    /** Writes {@code n} generated speeches into {@code dir}. */
    static List<Path> write(Path dir, int n) {
        return CorpusGenerator.fromSeeds(SeedCorpus.DIR).write(dir, n, 7);
    }

    /** Quad count of each speech's graph when built cleanly, keyed by graph, computed in parallel. */
    static Map<Node, Long> cleanCounts(List<Path> files) {
        Pipeline p = SeedCorpus.pipeline();
        Map<Node, Long> counts = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            ResolvedSpeech rs = p.process(f);
            Node g = p.graphOf(rs.id());
            counts.put(g, (long) SpeechGraph.of(g, out -> p.emit(rs, out)).size());
        });
        return counts;
    }
}
