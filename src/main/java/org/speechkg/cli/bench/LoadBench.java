package org.speechkg.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.speechkg.cli.Pipeline;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.store.SpeechGraph;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * Loading cost: the project's own path (one {@link Tdb2SpeechStore#replace} transaction per speech) against
 * Jena's TDB2 bulk loaders, all reading the same N-Quads file into a fresh on-disk database.
 */
public final class LoadBench {
    /** Speeches processed together when writing the N-Quads file (bounds the memory held). */
    private static final int CHUNK = 64;

    /**
     * Jena's bulk loaders, by the names {@code tdb2.tdbloader --loader} uses. Only the basic and sequential
     * loaders are transactional in the presence of crashes; phased and parallel write the indexes directly
     * and may leave a database "in a strange state" if a load fails (Jena's TDB2 documentation).
     */
    public enum JenaLoader {
        BASIC(true), SEQUENTIAL(true), PHASED(false), PARALLEL(false);

        private final boolean crashSafe;

        JenaLoader(boolean crashSafe) {
            this.crashSafe = crashSafe;
        }

        /** Whether a crash during the load leaves the database as it was before. */
        public boolean crashSafe() {
            return crashSafe;
        }
    }

    private LoadBench() {}

    /**
     * Runs every file through the pipeline on {@code threads} threads and writes all speeches, in file
     * order, as one N-Quads file; returns the number of quads written.
     */
    static long writeNQuads(Pipeline p, List<Path> files, Path out, int threads) {
        AtomicLong quads = new AtomicLong();
        try (OutputStream os = Files.newOutputStream(out)) {
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
                byte[][] bytes = new byte[chunk.size()][];
                List<Integer> index = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    index.add(i);
                }
                quads.addAndGet(Workers.run(index, threads, i -> {
                    ResolvedSpeech rs = p.process(chunk.get(i));
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    CountingStream counted = new CountingStream(StreamRDFWriter.getWriterStream(buf, Lang.NQUADS));
                    counted.start();
                    p.emit(rs, counted);
                    counted.finish();
                    bytes[i] = buf.toByteArray();
                    return counted.quads;
                }).total());
                for (byte[] b : bytes) {
                    os.write(b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return quads.get();
    }

    /**
     * The project's path: parses {@code nq} and writes each speech's graph into {@code store}, with one
     * {@link Tdb2SpeechStore#replace} transaction per speech when {@code batchQuads} is 0, else as
     * {@code speech-kg load} does: {@link Tdb2SpeechStore#replaceAll} over batches of about
     * {@code batchQuads} quads, streamed (the parser runs on its own thread, one speech at a time handed
     * over). The total is the quads loaded, the items the speeches.
     */
    static Workers.Timed projectLoad(Path nq, Tdb2SpeechStore store, long batchQuads) {
        BlockingQueue<SpeechGraph> speeches = new ArrayBlockingQueue<>(64);
        SpeechGraph end = new SpeechGraph(NodeFactory.createURI("urn:speech-kg:bench:end"), List.of());
        long t0 = System.nanoTime();
        Thread parser = new Thread(() -> {
            try {
                RDFParser.source(nq).lang(Lang.NQUADS).parse(new GraphSplitter(speeches));
            } finally {
                put(speeches, end);
            }
        }, "bench-parser");
        parser.start();
        Iterator<SpeechGraph> all = new Iterator<>() {
            private SpeechGraph next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take(speeches);
                }
                return next != end;
            }

            @Override
            public SpeechGraph next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SpeechGraph g = next;
                next = null;
                return g;
            }
        };
        long loaded = 0;
        int[] graphs = {0};
        while (all.hasNext()) {
            if (batchQuads <= 0) {
                SpeechGraph g = all.next();
                loaded += store.replace(g.graph(), g::writeTo);
                graphs[0]++;
                continue;
            }
            long[] size = {0};
            loaded += store.replaceAll(() -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return size[0] < batchQuads && all.hasNext();
                }

                @Override
                public SpeechGraph next() {
                    SpeechGraph g = all.next();
                    size[0] += g.size();
                    graphs[0]++;
                    return g;
                }
            });
        }
        return new Workers.Timed(System.nanoTime() - t0, loaded, graphs[0]);
    }

    private static SpeechGraph take(BlockingQueue<SpeechGraph> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void put(BlockingQueue<SpeechGraph> q, SpeechGraph g) {
        try {
            q.put(g);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One of Jena's bulk loaders reading {@code nq} into a fresh TDB2 database in {@code dir}. */
    static Workers.Timed jenaLoad(Path nq, Path dir, JenaLoader kind) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        DataLoader loader = switch (kind) {
            case BASIC -> LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
            case PHASED -> LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
        };
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(nq.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long nanos = System.nanoTime() - t0;
        long count = Txn.calculateRead(dsg, () -> dsg.stream().count());
        TDBInternal.expel(dsg);
        return new Workers.Timed(nanos, count, 0);
    }

    /**
     * Closes a database the benchmark is done with and drops it from TDB2's connection cache, which would
     * otherwise keep its node caches (hundreds of MB for a 2,000-speech store) in the heap for the rest of
     * the run, so that the queries are measured in a JVM holding only the store they are sent to.
     */
    static void release(Tdb2SpeechStore store) {
        TDBInternal.expel(store.datasetGraph());
    }

    /** Compacts the store (TDB2 keeps every replaced block until then); returns the time taken. */
    static Workers.Timed compact(Tdb2SpeechStore store) {
        long t0 = System.nanoTime();
        DatabaseMgr.compact(store.datasetGraph(), true);
        return new Workers.Timed(System.nanoTime() - t0, 0, 0);
    }

    /** Bytes of the files under {@code dir}. */
    static long diskSize(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(Format::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Counts quads on their way to a writer. */
    private static final class CountingStream extends org.apache.jena.riot.system.StreamRDFWrapper {
        long quads;

        CountingStream(StreamRDF out) {
            super(out);
        }

        @Override
        public void quad(Quad q) {
            quads++;
            super.quad(q);
        }
    }

    /** Cuts a stream of quads into the graphs of consecutive speeches and hands each over. */
    private static final class GraphSplitter extends StreamRDFBase {
        private final BlockingQueue<SpeechGraph> out;
        private final List<Quad> pending = new ArrayList<>();
        private Node graph;

        GraphSplitter(BlockingQueue<SpeechGraph> out) {
            this.out = out;
        }

        @Override
        public void quad(Quad q) {
            if (graph != null && !graph.equals(q.getGraph())) {
                endGraph();
            }
            graph = q.getGraph();
            pending.add(q);
        }

        @Override
        public void finish() {
            endGraph();
        }

        private void endGraph() {
            if (graph != null && !pending.isEmpty()) {
                put(out, new SpeechGraph(graph, pending));
                pending.clear();
            }
        }
    }
}
