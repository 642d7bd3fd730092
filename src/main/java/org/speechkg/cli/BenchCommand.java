package org.speechkg.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.speechkg.cli.bench.BenchOptions;
import org.speechkg.cli.bench.Benchmark;
import org.speechkg.cli.bench.LoadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measures the pipeline, loading, queries and memory on a generated corpus and prints the
 * figures with the performance floors they meet or miss. Exit code 0 when every floor is met, 4 otherwise.
 */
@Command(name = "bench", description = "Generate a corpus from the seeds and measure extraction, loading, "
        + "queries and memory.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--speeches", defaultValue = "2000", description = "Speeches to generate (default: ${DEFAULT-VALUE}).")
    int speeches;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "${java.io.tmpdir}/speech-kg-bench",
            description = "Directory for the corpus and the databases (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--threads", description = "Threads for the parallel runs (default: all cores).")
    Integer threads;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Seed speeches (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--queries", defaultValue = "queries",
            description = "Cookbook queries *.rq to time over HTTP (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--config", defaultValue = "fuseki-config/config.ttl",
            description = "Fuseki configuration of the server queried (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--jena-loader", split = ",", defaultValue = "basic,sequential,phased,parallel",
            description = "Jena bulk loaders to compare with: basic, sequential, phased, parallel; none to skip "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> jenaLoaders;

    @Option(names = "--extraction-rounds", defaultValue = "5",
            description = "Measured rounds of segmentation then pipeline on one thread; the floor uses the median "
                    + "round (default: ${DEFAULT-VALUE}).")
    int extractionRounds;

    @Option(names = "--query-runs", defaultValue = "100", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--query-order", defaultValue = "interleaved",
            description = "interleaved: rounds sending every query once; consecutive: all runs of one query, then "
                    + "the next (default: ${DEFAULT-VALUE}).")
    BenchOptions.QueryOrder queryOrder;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent query clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--client-seconds", defaultValue = "10",
            description = "Seconds the concurrent clients run (default: ${DEFAULT-VALUE}).")
    int clientSeconds;

    @Override
    public Integer call() {
        quietServerLogs();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        EnumSet<LoadBench.JenaLoader> loaders = EnumSet.noneOf(LoadBench.JenaLoader.class);
        for (String name : jenaLoaders) {
            if (!name.equalsIgnoreCase("none")) {
                loaders.add(LoadBench.JenaLoader.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        BenchOptions options = new BenchOptions(speeches, seed, work, n, seeds, queries, config, loaders,
                extractionRounds, queryRuns, queryOrder, clients, clientSeconds);
        return Benchmark.run(options, System.out) == 0 ? 0 : 4;
    }

    /** The benchmark sends thousands of queries; Fuseki's line per request would bury its figures. */
    private static void quietServerLogs() {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }
}
