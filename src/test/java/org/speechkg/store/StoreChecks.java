package org.speechkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Order-independent fingerprints of a dataset's quads, to show that an operation changed nothing. */
public final class StoreChecks {
    private StoreChecks() {}

    /** Count and SHA-256 of the sorted N-Quads of every quad in a named graph accepted by {@code graphs}. */
    public record Fingerprint(long quads, String sha256) {}

    public static Fingerprint fingerprint(DatasetGraph dsg) {
        return fingerprint(dsg, g -> true);
    }

    public static Fingerprint fingerprint(DatasetGraph dsg, Predicate<Node> graphs) {
        List<String> lines = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph() && graphs.test(q.getGraph())) {
                    out.add(NodeFmtLib.strNQ(q));
                }
            });
            return out;
        });
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return new Fingerprint(lines.size(), HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Quads in graph {@code g}. */
    public static long count(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }
}
