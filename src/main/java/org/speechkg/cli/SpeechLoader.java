package org.speechkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
 * Loads speech files into a {@link SpeechStore}. Speeches are extracted in parallel (the pipeline is pure
 * per speech), each into a complete in-memory graph, and handed to the store in file order in batches of
 * about {@code batchQuads} quads ({@link SpeechStore#replaceAll}, one transaction per batch in TDB2). A
 * batch is consumed while it is extracted, so only the speeches in flight are held in memory, and nothing
 * that can fail on bad input runs inside the transaction: a speech is always written whole. A file that
 * cannot be read or processed, or whose text runs longer than {@link #MAX_SENTENCE_CHARS} characters
 * without a sentence end or line break, is reported by name and skipped; the store keeps everything else.
 */
public final class SpeechLoader {
    /**
     * Quads per write transaction (~1,500 speeches). TDB2 is copy-on-write: every commit rewrites the
     * index blocks it touched, so small transactions are slow and bloat the store (2,000 speeches: one
     * transaction each, 141 s and 18 GB on disk; 50,000 quads, 45 s and 3 GB; 200,000 quads, 31 s and
     * 1.5 GB; one transaction, 33 s and 1.0 GB). The batch is streamed, so its size costs no heap.
     */
    public static final long DEFAULT_BATCH_QUADS = 2_000_000;

    /**
     * Longest stretch of text without a sentence end (。！？!?) or line break a speech may have. Real
     * sentences stay under a few hundred characters; a longer run means text that lost its punctuation and
     * line breaks, whose sentences cannot be told apart. The cleaner cuts such runs so extraction stays
     * linear, but relations read across arbitrary cuts would be noise, so the file is refused by name.
     */
    public static final int MAX_SENTENCE_CHARS = 10_000;

    /** Length of the longest stretch of {@code text} without a sentence end or line break. */
    static int longestUnbrokenRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = "。！？!?\n".indexOf(text.charAt(i)) >= 0 ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

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

    /** Loads {@code files} into {@code store}, printing {@code loaded ID: N quads} per speech once committed. */
    public Result load(List<Path> files, SpeechStore store, PrintStream out, PrintStream err) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "speech-kg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            InOrder extracted = new InOrder(files, pool, threads * 4);
            int loaded = 0;
            int failed = 0;
            long quads = 0;
            while (extracted.hasNext()) {
                Batch batch = new Batch(extracted, err);
                quads += store.replaceAll(batch);
                for (Extracted e : batch.written) {
                    out.printf("loaded %s: %d quads%n", e.id(), e.graph().size());
                }
                loaded += batch.written.size();
                failed += batch.failed;
            }
            return new Result(loaded, failed, quads);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A speech ready to write, or why the file was not one. */
    private record Extracted(String id, SpeechGraph graph, String error) {}

    private Extracted extract(Path file) {
        try {
            CleanSpeech clean = pipeline.cleaner().clean(pipeline.source().read(file));
            int longest = longestUnbrokenRun(clean.text());
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

    /** The extracted speeches in file order, with a bounded number of files extracted ahead. */
    private final class InOrder implements Iterator<Extracted> {
        private final Iterator<Path> files;
        private final ExecutorService pool;
        private final ArrayDeque<Future<Extracted>> ahead = new ArrayDeque<>();

        InOrder(List<Path> files, ExecutorService pool, int window) {
            this.files = files.iterator();
            this.pool = pool;
            while (ahead.size() < window && this.files.hasNext()) {
                submitNext();
            }
        }

        private void submitNext() {
            Path f = files.next();
            ahead.add(pool.submit(() -> extract(f)));
        }

        @Override
        public boolean hasNext() {
            return !ahead.isEmpty();
        }

        @Override
        public Extracted next() {
            if (ahead.isEmpty()) {
                throw new NoSuchElementException();
            }
            Future<Extracted> head = ahead.poll();
            if (files.hasNext()) {
                submitNext();
            }
            try {
                return head.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /**
     * One transaction's worth of speeches, pulled from the extraction as the store iterates: up to about
     * {@code batchQuads} quads; files that fail are reported and skipped on the way.
     */
    private final class Batch implements Iterable<SpeechGraph> {
        private final Iterator<Extracted> source;
        private final PrintStream err;
        final List<Extracted> written = new ArrayList<>();
        int failed;
        private boolean used;

        Batch(Iterator<Extracted> source, PrintStream err) {
            this.source = source;
            this.err = err;
        }

        @Override
        public Iterator<SpeechGraph> iterator() {
            if (used) {
                throw new IllegalStateException("a batch is iterated once");
            }
            used = true;
            return new Iterator<>() {
                private long size;
                private Extracted next;

                @Override
                public boolean hasNext() {
                    while (next == null && size < batchQuads && source.hasNext()) {
                        Extracted e = source.next();
                        if (e.error() != null) {
                            err.println("speech-kg: skipped " + e.error());
                            failed++;
                        } else {
                            next = e;
                        }
                    }
                    return next != null;
                }

                @Override
                public SpeechGraph next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Extracted e = next;
                    next = null;
                    size += e.graph().size();
                    written.add(e);
                    return e.graph();
                }
            };
        }
    }
}
