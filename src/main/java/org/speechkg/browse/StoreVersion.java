package org.speechkg.browse;

import java.util.function.LongSupplier;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * A number that changes whenever the store may have changed, so derived views (the label index, the home page's
 * counts) are rebuilt after a load, a SPARQL update or a Graph Store write, whoever made it.
 *
 * <p>For TDB2 it is read from the transaction coordinator: twice the number of write transactions begun, plus
 * one while a writer is active. A view built during a write therefore carries an odd version and is rebuilt once
 * the writer has finished (committed or aborted). Other datasets get a version that changes every
 * {@link #FALLBACK_PERIOD_MS} milliseconds.
 */
public final class StoreVersion implements LongSupplier {
    /** How often views of a non-TDB2 dataset are rebuilt. */
    public static final long FALLBACK_PERIOD_MS = 10_000;

    private final DatasetGraph dsg;

    public StoreVersion(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public long getAsLong() {
        TransactionCoordinator tc = coordinator();
        if (tc == null) {
            return System.currentTimeMillis() / FALLBACK_PERIOD_MS;
        }
        // identity of the coordinator: a TDB2 compaction swaps in a new database with fresh counters
        long generation = System.identityHashCode(tc);
        return (generation << 40) ^ (tc.countBeginWrite() * 2 + (tc.countActiveWriter() > 0 ? 1 : 0));
    }

    private TransactionCoordinator coordinator() {
        if (dsg instanceof DatasetGraphSwitchable sw && sw.get() instanceof DatasetGraphTDB tdb) {
            return tdb.getTxnSystem().getTxnMgr();
        }
        if (dsg instanceof DatasetGraphTDB tdb) {
            return tdb.getTxnSystem().getTxnMgr();
        }
        return null;
    }
}
