package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.Tdb2SpeechStore;

/** The query timeout set in the configuration cuts a runaway query; the server keeps answering. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTimeoutTest {
    static final Path CONFIG = Path.of("src", "test", "resources", "serve", "short-timeout.ttl");

    Tdb2SpeechStore store;
    KgServer server;
    SparqlHttp http;

    @BeforeAll
    void start() {
        store = SeedCorpus.loadInto(Tdb2SpeechStore.inMemory());
        server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true)
                .withConfigFile(CONFIG));
        http = new SparqlHttp(server);
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void crossProductIsCutByTheTimeoutAndTheServerStillAnswers() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.query("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(r.statusCode()).as("status of the runaway query; body: %s", r.body()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(store.size());
    }
}
