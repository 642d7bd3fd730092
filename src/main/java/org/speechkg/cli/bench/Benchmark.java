package org.speechkg.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.speechkg.cli.Pipeline;
import org.speechkg.cli.SpeechLoader;
import org.speechkg.ingest.FileSpeechSource;
import org.speechkg.rdf.IriMinter;
import org.speechkg.serve.KgServer;
import org.speechkg.serve.ServeOptions;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * {@code speech-kg bench}: generates a corpus, then measures and prints segmentation and pipeline
 * throughput, load rates (project against Jena's bulk loaders), query latencies and throughput over
 * HTTP, and peak memory, and checks the figures against the project's performance floors.
 */
public final class Benchmark {
    /** Pipeline throughput floor, as a fraction of raw segmentation throughput. */
    static final double PIPELINE_FLOOR = 0.50;
    /**
     * Project load rate floor, as a fraction of Jena's bulk loader: what {@code LoaderFactory.createLoader}
     * uses by default, the phased loader. The others are reported beside it.
     */
    static final double LOAD_FLOOR = 0.70;
    /**
     * Rounds of the whole cookbook sent before any query is measured, so that the latencies are those of a
     * server whose query engine the JIT has compiled (as the pipeline and segmentation are measured warm).
     */
    private static final int WARM_UP_ROUNDS = 5;
    /** Most untimed passes over the corpus before extraction is measured (fewer once the JIT has settled). */
    static final int MAX_WARM_UP_PASSES = 6;

    /** How long each steadiness probe runs, at the start and around the query latencies. */
    private static final Duration STEADINESS_PROBE = Duration.ofSeconds(3);

    /** p99 latency floor of every cookbook query, in milliseconds. */
    static final double QUERY_P99_FLOOR_MS = 100;
    /** Speeches loaded one transaction each (that path is slow and bloats the store, so a prefix only). */
    static final int PER_SPEECH_PREFIX = 500;
    /** Peak heap floor in bytes. */
    static final long HEAP_FLOOR = 2L << 30;

    private final BenchOptions o;
    private final PrintStream out;
    private final List<String> verdicts = new ArrayList<>();

    private Benchmark(BenchOptions options, PrintStream out) {
        this.o = options;
        this.out = out;
    }

    /** Runs the whole benchmark, printing as it goes; returns the number of floors missed. */
    public static int run(BenchOptions options, PrintStream out) {
        return new Benchmark(options, out).run();
    }

    private int run() {
        long start = System.nanoTime();
        try (MemoryWatch memory = new MemoryWatch(20)) {
            machine();
            List<Path> files = corpus();
            extraction(files);
            Tdb2SpeechStore store = load(files);
            queries(store);
            compaction(store);
            memory(memory);
        }
        out.printf(Locale.ROOT, "%nbench finished in %.0f s (%.0f s of CPU)%n", (System.nanoTime() - start) / 1e9,
                processCpuSeconds());
        out.println("floors:");
        verdicts.forEach(v -> out.println("  " + v));
        return (int) verdicts.stream().filter(v -> v.startsWith("MISSED")).count();
    }

    private void machine() {
        out.println("== machine");
        out.printf(Locale.ROOT, "cores %d, max heap %s, JDK %s (%s), %s %s%n",
                Runtime.getRuntime().availableProcessors(), Format.bytes(MemoryWatch.maxHeap()),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        Format.memTotal().ifPresent(m -> out.println("memory " + m));
        out.printf(Locale.ROOT, "speeches %d, seed %d, threads %d, work %s%n",
                o.speeches(), o.seed(), o.threads(), o.work().toAbsolutePath());
        out.println("steadiness: " + Steadiness.describeAll(STEADINESS_PROBE));
    }

    private List<Path> corpus() {
        out.println("\n== corpus");
        long t0 = System.nanoTime();
        List<Path> files = CorpusGenerator.fromSeeds(o.seedsDir()).write(o.work().resolve("corpus"), o.speeches(), o.seed());
        long bytes = files.stream().mapToLong(Format::size).sum();
        out.printf(Locale.ROOT, "generated %d speeches (%s) from %s in %.1f s%n", files.size(), Format.bytes(bytes),
                o.seedsDir(), (System.nanoTime() - t0) / 1e9);
        return files;
    }

    private void extraction(List<Path> files) {
        out.println("\n== extraction (chars/s; CPU-time rates for one thread are less disturbed by other load)");
        Pipeline p = Pipeline.standard(IriMinter.DEFAULT_BASE);
        FileSpeechSource source = new FileSpeechSource();
        List<String> texts = files.stream().map(f -> source.read(f).text()).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf(Locale.ROOT, "%s characters, %.0f per speech%n", Format.count(chars), chars / (double) texts.size());

        List<ExtractionBench.WarmUpPass> warm = ExtractionBench.warmUp(p, texts, files, MAX_WARM_UP_PASSES);
        out.printf(Locale.ROOT, "warm-up: %d untimed passes (segmentation + pipeline), JIT compilation %s ms%s%n",
                warm.size(), warm.stream().map(w -> Long.toString(w.jitMillis())).collect(Collectors.joining(" / ")),
                warm.get(warm.size() - 1).settled() ? "" : " (not settled: the rounds below include compilation)");

        List<ExtractionBench.Round> rounds = new ArrayList<>();
        for (int r = 1; r <= o.extractionRounds(); r++) {
            ExtractionBench.Round round = ExtractionBench.round(p, texts, files);
            rounds.add(round);
            row("HanLP segmentation, 1 thread (" + r + ")", round.segmentation());
            row("pipeline, 1 thread (" + r + ")", round.pipeline());
            out.printf(Locale.ROOT, "  round %d: pipeline / segmentation %.1f %%, JIT compilation %d ms%n",
                    r, 100 * round.ratio(), round.jitMillis());
        }
        ExtractionBench.Round median = rounds.stream()
                .sorted(Comparator.comparingDouble(ExtractionBench.Round::ratio)).toList().get(rounds.size() / 2);
        ExtractionBench.Run segN = ExtractionBench.segmentation(texts, o.threads());
        row("HanLP segmentation, " + o.threads() + " threads", segN);
        ExtractionBench.Run pipeN = ExtractionBench.pipeline(p, files, o.threads());
        row("pipeline, " + o.threads() + " threads", pipeN);

        double ratio1 = median.ratio();
        double ratioN = pipeN.charsPerSecond() / segN.charsPerSecond();
        out.printf(Locale.ROOT, "pipeline / segmentation: %.1f %% (1 thread, CPU time, median of %d rounds: %s), "
                        + "%.1f %% (%d threads, wall clock)%n", 100 * ratio1, rounds.size(), rounds.stream()
                        .map(r -> String.format(Locale.ROOT, "%.1f", 100 * r.ratio())).collect(Collectors.joining(" / ")),
                100 * ratioN, o.threads());
        out.printf(Locale.ROOT, "speeches/s: %.1f (1 thread, the median round), %.1f (%d threads)%n",
                median.pipeline().timed().itemRate(), pipeN.timed().itemRate(), o.threads());
        verdict(ratio1 >= PIPELINE_FLOOR, String.format(Locale.ROOT,
                "pipeline at %.1f %% of raw segmentation throughput (floor %.0f %%)", 100 * ratio1, 100 * PIPELINE_FLOOR));
    }

    private void row(String what, ExtractionBench.Run r) {
        String cpu = Double.isNaN(r.charsPerCpuSecond()) ? "" : String.format(Locale.ROOT, ", %s chars/CPU-s",
                Format.count((long) r.charsPerCpuSecond()));
        out.printf(Locale.ROOT, "%-36s %8.1f s  %12s chars/s%s%n", what, r.timed().seconds(),
                Format.count((long) r.charsPerSecond()), cpu);
    }

    private Tdb2SpeechStore load(List<Path> files) {
        out.println("\n== load (quads/s, fresh on-disk TDB2, same N-Quads file, parsing included)");
        Pipeline p = Pipeline.standard(IriMinter.DEFAULT_BASE);
        Path nq = o.work().resolve("corpus.nq");
        long t0 = System.nanoTime();
        long quads = LoadBench.writeNQuads(p, files, nq, o.threads());
        out.printf(Locale.ROOT, "wrote %s quads (%.0f per speech, %s) to %s in %.1f s%n", Format.count(quads),
                quads / (double) files.size(), Format.bytes(Format.size(nq)), nq, (System.nanoTime() - t0) / 1e9);

        // warm-up and the one-transaction-per-speech path, on a prefix (that path bloats the store: see docs)
        Path prefixNq = o.work().resolve("prefix.nq");
        int prefix = Math.min(files.size(), PER_SPEECH_PREFIX);
        LoadBench.writeNQuads(p, files.subList(0, prefix), prefixNq, o.threads());
        Tdb2SpeechStore warm = Tdb2SpeechStore.open(fresh("tdb-warm-batched"));
        LoadBench.projectLoad(prefixNq, warm, SpeechLoader.DEFAULT_BATCH_QUADS);
        LoadBench.release(warm);
        for (LoadBench.JenaLoader kind : o.jenaLoaders()) {
            LoadBench.jenaLoad(prefixNq, fresh("tdb-warm-" + name(kind)), kind);
        }
        Path singleDir = fresh("tdb-project-single");
        Tdb2SpeechStore singleStore = Tdb2SpeechStore.open(singleDir);
        Workers.Timed single = LoadBench.projectLoad(prefixNq, singleStore, 0);
        LoadBench.release(singleStore);
        loadRow("project, 1 txn per speech (" + prefix + ")", single, singleDir);

        java.util.Map<LoadBench.JenaLoader, Double> rates = new java.util.EnumMap<>(LoadBench.JenaLoader.class);
        for (LoadBench.JenaLoader kind : LoadBench.JenaLoader.values()) {
            if (!o.jenaLoaders().contains(kind)) {
                continue;
            }
            Path dir = fresh("tdb-" + name(kind));
            Workers.Timed t = LoadBench.jenaLoad(nq, dir, kind);
            loadRow("Jena " + name(kind) + " loader" + (kind.crashSafe() ? "" : " (not crash-safe)"), t, dir);
            rates.put(kind, t.rate());
        }
        Path projectDir = fresh("tdb-project");
        Tdb2SpeechStore store = Tdb2SpeechStore.open(projectDir);
        Workers.Timed project = LoadBench.projectLoad(nq, store, SpeechLoader.DEFAULT_BATCH_QUADS);
        loadRow("project, speech-kg load batches", project, projectDir);
        out.printf(Locale.ROOT, "(transactions of up to %s quads, ~%.0f speeches; parsing on its own thread, as "
                        + "extraction is in speech-kg load)%n", Format.count(SpeechLoader.DEFAULT_BATCH_QUADS),
                Math.min(project.items(), SpeechLoader.DEFAULT_BATCH_QUADS / (project.total() / (double) project.items())));
        rates.forEach((kind, rate) -> out.printf(Locale.ROOT, "project / Jena %s: %.1f %%%n", name(kind), 100 * project.rate() / rate));
        Double bulk = rates.get(LoadBench.JenaLoader.PHASED);
        if (bulk != null) {
            double ratio = project.rate() / bulk;
            verdict(ratio >= LOAD_FLOOR, String.format(Locale.ROOT,
                    "project load at %.1f %% of Jena's bulk loader (LoaderFactory.createLoader: phased) (floor %.0f %%)",
                    100 * ratio, 100 * LOAD_FLOOR));
        }
        return store;
    }

    /** Compacts the project's store after the queries: the time it takes and what it gives back. */
    private void compaction(Tdb2SpeechStore store) {
        Path dir = o.work().resolve("tdb-project");
        long before = LoadBench.diskSize(dir);
        Workers.Timed t = LoadBench.compact(store);
        out.printf(Locale.ROOT, "%-36s %8.1f s  %s -> %s on disk%n", "compaction of the project's store", t.seconds(),
                Format.bytes(before), Format.bytes(LoadBench.diskSize(dir)));
    }

    private static String name(LoadBench.JenaLoader kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private void loadRow(String what, Workers.Timed t, Path dir) {
        out.printf(Locale.ROOT, "%-36s %8.1f s  %10s quads/s (%s quads, %s on disk)%n", what, t.seconds(),
                Format.count((long) t.rate()), Format.count(t.total()), Format.bytes(LoadBench.diskSize(dir)));
    }

    private void queries(Tdb2SpeechStore store) {
        out.println("\n== queries over HTTP (" + o.queriesDir() + ")");
        List<QueryBench.NamedQuery> cookbook = QueryBench.cookbook(o.queriesDir());
        if (cookbook.isEmpty()) {
            out.println("no cookbook queries (" + o.queriesDir() + " is missing or has no .rq file): skipped");
            return;
        }
        KgServer server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true)
                .withConfigFile(o.configFile()));
        try {
            QueryBench bench = new QueryBench(server.port());
            long w0 = System.nanoTime();
            int warmFailures = bench.warmUp(cookbook, WARM_UP_ROUNDS);
            out.printf(Locale.ROOT, "warm-up: %d rounds of all %d queries, %.1f s (%d failed)%n", WARM_UP_ROUNDS,
                    cookbook.size(), (System.nanoTime() - w0) / 1e9, warmFailures);
            double worst = 0;
            String worstName = "";
            List<String> failed = new ArrayList<>();
            out.println("steadiness before measuring: " + Steadiness.describeAll(STEADINESS_PROBE));
            boolean interleaved = o.queryOrder() == BenchOptions.QueryOrder.INTERLEAVED;
            out.println(interleaved
                    ? o.queryRuns() + " interleaved rounds (each sends every query once)"
                    : "each query in turn: 3 unmeasured runs, then " + o.queryRuns() + " measured ones");
            out.printf(Locale.ROOT, "%-40s %6s %9s %9s %9s%n", "query", "runs", "p50 ms", "p95 ms", "p99 ms");
            Duration budget = Duration.ofSeconds(20);
            QueryBench.Interleaved rounds = interleaved ? bench.interleaved(cookbook, o.queryRuns(), budget) : null;
            List<QueryBench.QueryResult> results = interleaved ? rounds.results()
                    : bench.consecutive(cookbook, o.queryRuns(), budget);
            for (QueryBench.QueryResult r : results) {
                QueryBench.NamedQuery q = r.query();
                if (r.error() != null) {
                    out.printf(Locale.ROOT, "%-40s FAILED %s%n", q.name(), r.error());
                    failed.add(q.name());
                    continue;
                }
                Latencies l = r.latencies();
                out.printf(Locale.ROOT, "%-40s %6d %9.1f %9.1f %9.1f%n", q.name(), l.size(),
                        l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
                if (l.percentileMillis(99) > worst) {
                    worst = l.percentileMillis(99);
                    worstName = q.name();
                }
            }
            if (rounds != null) {
                out.println(rounds.phases().describe());
            }
            out.println("steadiness after measuring: " + Steadiness.describeAll(STEADINESS_PROBE));
            QueryBench.Throughput t = bench.throughput(cookbook, o.clients(), Duration.ofSeconds(o.clientSeconds()));
            out.printf(Locale.ROOT, "%d clients, %.0f s: %.1f queries/s, %d answered, %d failed%n", t.clients(),
                    t.seconds(), t.perSecond(), t.answered(), t.failed());
            verdict(failed.isEmpty() && worst < QUERY_P99_FLOOR_MS, String.format(Locale.ROOT,
                    "slowest cookbook query p99 %.1f ms (%s)%s, on %d speeches (floor %.0f ms)%s", worst, worstName,
                    failed.isEmpty() ? "" : ", failed: " + failed, o.speeches(), QUERY_P99_FLOOR_MS,
                    rounds == null ? "" : String.format(Locale.ROOT, "; %d of %d rounds over %.1f x the median round",
                            rounds.phases().slowRounds(), rounds.phases().rounds(), RoundPhases.SLOW_ROUND)));
        } finally {
            server.stop();
        }
    }

    private void memory(MemoryWatch memory) {
        out.println("\n== memory");
        long peak = memory.peakHeapUsed();
        out.printf(Locale.ROOT, "peak heap used %s, peak live heap after GC %s, max heap %s%n", Format.bytes(peak),
                Format.bytes(memory.peakLiveAfterGc()), Format.bytes(MemoryWatch.maxHeap()));
        MemoryWatch.peakRss().ifPresent(rss -> out.println("peak RSS (VmHWM) " + Format.bytes(rss)
                + " (includes TDB2's memory-mapped files)"));
        verdict(peak < HEAP_FLOOR, String.format(Locale.ROOT, "peak heap %s on %d speeches (floor %s at 10,000)",
                Format.bytes(peak), o.speeches(), Format.bytes(HEAP_FLOOR)));
    }

    private void verdict(boolean met, String what) {
        verdicts.add((met ? "met    " : "MISSED ") + what);
    }

    /** An empty directory {@code work/name} (a previous run's database there is deleted). */
    private Path fresh(String name) {
        Path dir = o.work().resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
        return dir;
    }

    /** Elapsed CPU time of the JVM, for the summary. */
    static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
