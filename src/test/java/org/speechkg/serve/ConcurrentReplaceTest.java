package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.serve.SparqlHttp.nt;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.speechkg.cli.Pipeline;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.StoreChecks.Fingerprint;
import org.speechkg.store.Tdb2SpeechStore;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Replacing and removing speeches while the server answers queries: readers see a speech's graph
 * whole (old or new), and the other speeches are untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentReplaceTest {
    static final int MARKERS = 300;

    Tdb2SpeechStore store;
    KgServer server;
    SparqlHttp http;
    Pipeline p;

    @BeforeAll
    void start() {
        store = SeedCorpus.loadInto(Tdb2SpeechStore.inMemory());
        server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true));
        http = new SparqlHttp(server);
        p = SeedCorpus.pipeline();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    /** Writes speech {@code rs}; the "new" version carries extra marker triples so its size differs. */
    long write(ResolvedSpeech rs, boolean newVersion) {
        Node g = p.graphOf(rs.id());
        return store.replace(g, out -> {
            p.emit(rs, out);
            if (newVersion) {
                for (int i = 0; i < MARKERS; i++) {
                    out.quad(Quad.create(g, NodeFactory.createURI("urn:test:marker/" + i), W3C.rdfsLabel,
                            NodeFactory.createLiteralString("v2")));
                }
            }
        });
    }

    @Test
    void readersSeeTheOldOrTheNewSpeechNeverAMix() throws Exception {
        ResolvedSpeech target = SeedCorpus.speeches().get(0);
        Node g = p.graphOf(target.id());
        Fingerprint othersBefore = StoreChecks.fingerprint(store.datasetGraph(), n -> !n.equals(g));
        long oldCount = write(target, false);
        long newCount = oldCount + MARKERS;
        String countQuery = "SELECT (COUNT(*) AS ?n) { GRAPH " + nt(g) + " { ?s ?p ?o } }";

        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                seen.add(http.count(countQuery));
                reads.incrementAndGet();
            }
        });
        for (int i = 0; i < 20; i++) {
            assertThat(write(target, i % 2 == 0)).isIn(oldCount, newCount);
        }
        done.set(true);
        reader.get(60, TimeUnit.SECONDS);

        assertThat(reads.get()).isPositive();
        assertThat(seen).as("quad counts seen by the reader").isSubsetOf(oldCount, newCount);
        assertThat(StoreChecks.fingerprint(store.datasetGraph(), n -> !n.equals(g))).isEqualTo(othersBefore);
        write(target, false);
    }

    @Test
    void removingOneSpeechLeavesTheOthersIntact() {
        ResolvedSpeech victim = SeedCorpus.speeches().get(1);
        Node g = p.graphOf(victim.id());
        Fingerprint othersBefore = StoreChecks.fingerprint(store.datasetGraph(), n -> !n.equals(g));
        long speechesBefore = http.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a " + nt(SKG.Speech) + " }");

        assertThat(store.remove(g)).isTrue();

        assertThat(StoreChecks.count(store.datasetGraph(), g)).isZero();
        assertThat(StoreChecks.fingerprint(store.datasetGraph(), n -> !n.equals(g))).isEqualTo(othersBefore);
        assertThat(http.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a " + nt(SKG.Speech) + " }"))
                .isEqualTo(speechesBefore - 1);
        assertThat(store.remove(g)).as("second removal").isFalse();
        write(victim, false);
    }
}
