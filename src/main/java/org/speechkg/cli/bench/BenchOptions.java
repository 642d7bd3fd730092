package org.speechkg.cli.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * What {@link Benchmark} measures and where.
 *
 * @param speeches      size of the generated corpus
 * @param seed          random seed of the corpus generator
 * @param work          directory for the corpus, the N-Quads file and the TDB2 databases
 * @param threads       threads for the "all cores" runs
 * @param seedsDir      seed speeches the corpus is made from
 * @param queriesDir    cookbook queries ({@code *.rq}) timed over HTTP
 * @param configFile    Fuseki configuration of the server the queries run against
 * @param jenaLoaders   Jena bulk loaders to compare the project's load with
 * @param extractionRounds measured rounds of segmentation then pipeline (the median round's ratio is the figure)
 * @param queryRuns     measured runs per query (after warm-up)
 * @param queryOrder    in which order the measured runs are sent
 * @param clients       concurrent clients for the query throughput
 * @param clientSeconds how long the clients run
 */
public record BenchOptions(int speeches, long seed, Path work, int threads, Path seedsDir, Path queriesDir,
                           Path configFile, Set<LoadBench.JenaLoader> jenaLoaders, int extractionRounds, int queryRuns,
                           QueryOrder queryOrder, int clients, int clientSeconds) {
    /** In which order the cookbook queries' measured runs are sent. */
    public enum QueryOrder {
        /** Rounds that send every query once each: slow spells of the machine spread over all queries. */
        INTERLEAVED,
        /** All runs of one query, then the next: what the benchmark did first, kept for comparison. */
        CONSECUTIVE
    }

    public BenchOptions {
        if (speeches < 1) {
            throw new IllegalArgumentException("--speeches must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (extractionRounds < 1) {
            throw new IllegalArgumentException("--extraction-rounds must be at least 1");
        }
        jenaLoaders = Set.copyOf(jenaLoaders);
    }
}
