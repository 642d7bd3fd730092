package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.StoreChecks.Fingerprint;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * Hostile SPARQL on a server with the shipped limits (timeout, result cap, write protection): runaway
 * queries are cut while other clients keep being answered, huge answers are capped, and anonymous
 * writes change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryTest {
    static final Path CONFIG = Path.of("src", "test", "resources", "serve", "short-timeout.ttl");
    static final String RUNAWAY = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g";

    Tdb2SpeechStore store;
    KgServer server;
    KgServer writable;
    SparqlHttp http;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        store = SeedCorpus.loadInto(Tdb2SpeechStore.inMemory());
        server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true).withConfigFile(CONFIG));
        writable = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true)
                .withPasswordFile(Files.writeString(dir.resolve("passwords"), "editor:secret\n")));
        http = new SparqlHttp(server);
    }

    @AfterAll
    void stop() {
        server.stop();
        writable.stop();
    }

    @Test
    void runawayQueriesAreCutWhileOtherClientsAreAnswered() throws Exception {
        long total = store.size();
        List<CompletableFuture<HttpResponse<String>>> runaways = List.of(
                CompletableFuture.supplyAsync(() -> http.query(RUNAWAY)),
                CompletableFuture.supplyAsync(() -> http.query(RUNAWAY)));
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        while (!runaways.stream().allMatch(CompletableFuture::isDone)) {
            HttpResponse<String> r = http.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            if (r.statusCode() == 200 && r.body().contains(Long.toString(total))) {
                answered.incrementAndGet();
            } else {
                failures.add(r.statusCode() + " " + r.body());
            }
        }

        for (CompletableFuture<HttpResponse<String>> f : runaways) {
            assertThat(f.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        }
        assertThat(failures).isEmpty();
        assertThat(answered.get()).as("queries answered while the runaways ran").isPositive();
    }

    @Test
    void aStreamingCrossProductIsCappedNotRunForMinutes() {
        HttpResponse<String> r = http.query("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(ResultLimit.HEADER)).hasValue(Long.toString(ResultLimit.DEFAULT));
    }

    @Test
    void anonymousWritesAreRefusedAndChangeNothing() {
        SparqlHttp open = new SparqlHttp(writable);
        Fingerprint before = StoreChecks.fingerprint(store.datasetGraph());
        String victim = SeedCorpus.pipeline().graphOf(SeedCorpus.speeches().get(0).id()).getURI();

        assertThat(open.update("DROP ALL", null).statusCode()).isEqualTo(401);
        assertThat(open.update("CLEAR GRAPH <" + victim + ">", null).statusCode()).isEqualTo(401);
        assertThat(open.put(victim, "<urn:test:s> <urn:test:p> \"x\" .", null).statusCode()).isEqualTo(401);
        assertThat(open.update("DROP ALL", "editor:wrong").statusCode()).isEqualTo(401);
        assertThat(http.update("DROP ALL", "editor:secret").statusCode()).as("no update endpoint in the read-only config")
                .isIn(400, 403, 404, 405);

        assertThat(StoreChecks.fingerprint(store.datasetGraph())).isEqualTo(before);
    }
}
