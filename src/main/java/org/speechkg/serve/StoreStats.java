package org.speechkg.serve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * What a store holds, counted in one read transaction over the named graphs (independent of the union
 * default graph setting).
 *
 * @param speeches distinct subjects typed {@code skg:Speech}
 * @param entities distinct objects of {@code skg:mentions}
 * @param quads    quads in named graphs (the triples served)
 */
public record StoreStats(long speeches, long entities, long quads) {

    /** Counts {@code dsg}. */
    public static StoreStats of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new StoreStats(
                distinctSubjects(dsg, W3C.rdfType, SKG.Speech),
                distinctObjects(dsg, SKG.mentions),
                count(dsg)));
    }

    private static long distinctSubjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> seen = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> seen.add(q.getSubject()));
        return seen.size();
    }

    private static long distinctObjects(DatasetGraph dsg, Node p) {
        Set<Node> seen = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> seen.add(q.getObject()));
        return seen.size();
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.isDefaultGraph()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return speeches + " speeches, " + entities + " entities, " + quads + " triples";
    }
}
