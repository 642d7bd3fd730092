package org.speechkg.cli.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDFLib;
import org.speechkg.cli.Pipeline;
import org.speechkg.extract.HanLpAdapter;
import org.speechkg.ingest.RawSpeech;
import org.speechkg.resolve.ResolvedSpeech;

/**
 * Throughput of the reference (HanLP segmentation of each speech's text) and of the whole pipeline
 * (read, clean, extract, resolve, emit to a null sink), on one thread and on several.
 */
final class ExtractionBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /**
     * A warm-up pass is the last when the JIT compiled for less than this share of its time: the pipeline's
     * large methods are recompiled for several passes (each 100-700 ms of C2 time), and a compiler thread
     * busy beside the measured thread can slow it on a 2-core machine (shared caches and memory bandwidth).
     */
    static final double SETTLED_JIT_SHARE = 0.05;

    /**
     * A measured run: wall-clock time and, for runs on the calling thread, its CPU time (less sensitive
     * to other processes on the machine).
     */
    record Run(Workers.Timed timed, long cpuNanos) {
        double charsPerSecond() {
            return timed.rate();
        }

        double charsPerCpuSecond() {
            return cpuNanos > 0 ? timed.total() / (cpuNanos / 1e9) : Double.NaN;
        }
    }

    /** An untimed pass over the corpus (segmentation, then the pipeline), with the JIT's time during it. */
    record WarmUpPass(double seconds, long jitMillis) {
        boolean settled() {
            return jitMillis < SETTLED_JIT_SHARE * seconds * 1000;
        }
    }

    /**
     * A measured round: segmentation on one thread, then the pipeline on one thread, back to back, so that
     * both see the same state of the machine; with the JIT's time during the round.
     */
    record Round(Run segmentation, Run pipeline, long jitMillis) {
        /** Pipeline throughput as a share of segmentation's, per CPU-second of the measuring thread. */
        double ratio() {
            return pipeline.charsPerCpuSecond() / segmentation.charsPerCpuSecond();
        }
    }

    private ExtractionBench() {}

    /**
     * Untimed passes over the whole corpus until the JIT has settled ({@link WarmUpPass#settled()}), at most
     * {@code maxPasses}; every pass made is returned. When the JVM does not report compilation time, one pass.
     */
    static List<WarmUpPass> warmUp(Pipeline p, List<String> texts, List<Path> files, int maxPasses) {
        List<WarmUpPass> passes = new ArrayList<>();
        do {
            long jit0 = jitMillis();
            long t0 = System.nanoTime();
            segmentation(texts, 1);
            pipeline(p, files, 1);
            passes.add(new WarmUpPass((System.nanoTime() - t0) / 1e9, jitMillis() - jit0));
        } while (passes.size() < maxPasses && JIT.isCompilationTimeMonitoringSupported()
                && !passes.get(passes.size() - 1).settled());
        return passes;
    }

    /** One measured round on the calling thread: segmentation, then the pipeline. */
    static Round round(Pipeline p, List<String> texts, List<Path> files) {
        long jit0 = jitMillis();
        Run seg = segmentation(texts, 1);
        Run pipe = pipeline(p, files, 1);
        return new Round(seg, pipe, jitMillis() - jit0);
    }

    private static long jitMillis() {
        return JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }

    /** Segments every text; the total is the characters segmented. */
    static Run segmentation(List<String> texts, int threads) {
        return measure(threads, () -> Workers.run(texts, threads, t -> {
            HanLpAdapter.segment(t);
            return t.length();
        }));
    }

    /** Runs every file through the pipeline into a null sink; the total is the characters read. */
    static Run pipeline(Pipeline p, List<Path> files, int threads) {
        return measure(threads, () -> Workers.run(files, threads, f -> {
            RawSpeech raw = p.source().read(f);
            ResolvedSpeech rs = p.process(raw);
            p.emit(rs, StreamRDFLib.sinkNull());
            return raw.text().length();
        }));
    }

    private static Run measure(int threads, Supplier<Workers.Timed> run) {
        long cpu0 = threads <= 1 ? THREADS.getCurrentThreadCpuTime() : 0;
        Workers.Timed t = run.get();
        long cpu = threads <= 1 ? THREADS.getCurrentThreadCpuTime() - cpu0 : 0;
        return new Run(t, cpu);
    }
}
