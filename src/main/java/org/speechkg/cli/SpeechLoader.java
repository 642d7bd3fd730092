package org.speechkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.ingest.IngestException;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.store.SpeechGraph;
import org.speechkg.store.SpeechStore;

/**
 * Loads speech files into a {@link SpeechStore}: speeches are extracted in parallel (the pipeline is pure
 * per speech) into complete in-memory graphs, then written in file order in batches of about
 * {@code batchQuads} quads ({@link SpeechStore#replaceAll}), so a speech is always written whole, in one
 * transaction, and nothing that can fail on bad input runs inside a transaction. A file that cannot be
 * read or processed, or whose text has a sentence longer than {@link #MAX_SENTENCE_CHARS}, is reported
 * by name and skipped; the store keeps everything else.
 */
public final class SpeechLoader {
    /**
     * Quads per write transaction (~150 speeches). TDB2 is copy-on-write: every commit rewrites the index
     * blocks it touched, so small transactions are slow and bloat the store (2,000 speeches: one
     * transaction each, 141 s and 18 GB; 50,000 quads, 45 s and 3 GB; 200,000 quads, 31 s and 1.5 GB;
     * one transaction, 33 s and 1.0 GB). 200,000 quads hold ~60 MB of heap.
     */
    public static final long DEFAULT_BATCH_QUADS = 200_000;

    /**
     * Longest sentence (in characters, as the cleaner splits them) a speech may have. Extraction cost grows
     * with the square of a sentence's length (one 20,000-character sentence takes ~2.5 s, 80,000 ~20 s, so
     * a 1,000,000-character line without punctuation would take about an hour); real sentences stay under
     * a few hundred characters, so a longer one means text that lost its punctuation or line breaks.
     * Such a file is rejected by name instead of stalling the load.
     */
    public static final int MAX_SENTENCE_CHARS = 10_000;

    /** What a load did. */
    public record Result(int loaded, int failed, long quads) {}

    private final Pipeline pipeline;
    private final int threads;
    private final long batchQuads;

    public SpeechLoader(Pipeline pipeline, int threads, long batchQuads) {
        if (threads < 1 || batchQuads < 1) {
            throw new IllegalArgumentException("threads and batchQuads must be positive");
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.batchQuads = batchQuads;
    }

    /** Loads {@code files} into {@code store}, printing {@code loaded ID: N quads} per speech once written. */
    public Result load(List<Path> files, SpeechStore store, PrintStream out, PrintStream err) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "speech-kg-extract");
            t.setDaemon(true);
            return t;
        });
        int chunkSize = Math.max(16, threads * 8);
        int loaded = 0;
        int failed = 0;
        long quads = 0;
        try {
            for (int from = 0; from < files.size(); from += chunkSize) {
                List<Future<Extracted>> chunk = new ArrayList<>();
                for (Path f : files.subList(from, Math.min(files.size(), from + chunkSize))) {
                    chunk.add(pool.submit(() -> extract(f)));
                }
                List<Extracted> batch = new ArrayList<>();
                long batchSize = 0;
                for (Future<Extracted> future : chunk) {
                    Extracted e = get(future);
                    if (e.error() != null) {
                        err.println("speech-kg: skipped " + e.error());
                        failed++;
                        continue;
                    }
                    batch.add(e);
                    batchSize += e.graph().size();
                    if (batchSize >= batchQuads) {
                        quads += write(batch, store, out);
                        loaded += batch.size();
                        batch.clear();
                        batchSize = 0;
                    }
                }
                quads += write(batch, store, out);
                loaded += batch.size();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(loaded, failed, quads);
    }

    /** A speech ready to write, or why the file was not one. */
    private record Extracted(String id, SpeechGraph graph, String error) {}

    private Extracted extract(Path file) {
        try {
            CleanSpeech clean = pipeline.cleaner().clean(pipeline.source().read(file));
            int longest = clean.sentences().stream().mapToInt(s -> s.text().length()).max().orElse(0);
            if (longest > MAX_SENTENCE_CHARS) {
                return new Extracted(null, null, file + ": a sentence of " + longest + " characters without "
                        + "sentence-ending punctuation or line break (limit " + MAX_SENTENCE_CHARS
                        + "); not prose that can be extracted in reasonable time");
            }
            ResolvedSpeech rs = pipeline.resolver().resolve(pipeline.extractor().extract(clean));
            return new Extracted(rs.id(), SpeechGraph.of(pipeline.graphOf(rs.id()), out -> pipeline.emit(rs, out)), null);
        } catch (IngestException e) {
            return new Extracted(null, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Extracted(null, null, file + ": extraction failed: " + e);
        }
    }

    private static long write(List<Extracted> batch, SpeechStore store, PrintStream out) {
        if (batch.isEmpty()) {
            return 0;
        }
        long n = store.replaceAll(batch.stream().map(Extracted::graph).toList());
        for (Extracted e : batch) {
            out.printf("loaded %s: %d quads%n", e.id(), e.graph().size());
        }
        return n;
    }

    private static Extracted get(Future<Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
