package org.speechkg.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
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

    private ExtractionBench() {}

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
