package org.speechkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * {@link SpeechStore} on an Apache Jena TDB2 database. Each replace, batch replace or remove is one TDB2
 * write transaction (crash-safe: a transaction is either committed in the journal or not at all).
 * A TDB2 location belongs to one JVM; within it, the same {@link DatasetGraph} is shared with the
 * embedded Fuseki server.
 */
public final class Tdb2SpeechStore implements SpeechStore {
    private final DatasetGraph dsg;

    private Tdb2SpeechStore(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the TDB2 database in {@code dir}. */
    public static Tdb2SpeechStore open(Path dir) {
        try {
            return new Tdb2SpeechStore(DatabaseMgr.connectDatasetGraph(dir.toString()));
        } catch (org.apache.jena.dboe.DBOpEnvException e) { // AlreadyLocked, or "Failed to get a lock"
            if (!String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                throw e;
            }
            throw new IllegalStateException("store " + dir + " is in use by another process (" + e.getMessage()
                    + "); a running server's store is changed through its endpoint: --to http://HOST:PORT/kg/data", e);
        }
    }

    /** An in-memory TDB2 database, for tests and benchmarks. */
    public static Tdb2SpeechStore inMemory() {
        return new Tdb2SpeechStore(DatabaseMgr.createDatasetGraph());
    }

    /** The underlying dataset, to be served or queried. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public long replace(Node graph, Consumer<StreamRDF> writer) {
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            long[] count = {0};
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            writer.accept(new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                @Override
                public void quad(Quad q) {
                    if (!graph.equals(q.getGraph())) {
                        throw new IllegalArgumentException("quad outside graph " + graph + ": " + q);
                    }
                    count[0]++;
                    super.quad(q);
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    quad(Quad.create(graph, t));
                }
            });
            return count[0];
        });
    }

    /**
     * Writes the whole batch in one TDB2 write transaction: one commit (and one sync to disk) for many
     * speeches. TDB2 is copy-on-write, so each commit rewrites every index block it touched: small
     * transactions are slow and leave the store several times larger until it is compacted. The batch is
     * consumed inside the transaction, so it need not be held in memory; readers keep seeing the previous
     * state until the commit.
     */
    @Override
    public long replaceAll(Iterable<SpeechGraph> batch) {
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (SpeechGraph g : batch) {
                dsg.deleteAny(g.graph(), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : g.quads()) {
                    dsg.add(q);
                }
                n += g.size();
            }
            return n;
        });
    }

    @Override
    public boolean remove(Node graph) {
        return Txn.calculateWrite(dsg, () -> {
            if (!dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                return false;
            }
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return true;
        });
    }

    @Override
    public List<Node> graphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(out::add);
            return out;
        });
    }

    @Override
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        // TDB2 databases are released by the StoreConnection cache at JVM exit; nothing to flush here.
    }
}
