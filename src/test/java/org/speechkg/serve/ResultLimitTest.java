package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * A query asking for millions of rows gets at most the configured cap, says so in a header, and the
 * server goes on answering; queries within the cap, ASK and counts are untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultLimitTest {
    static final Path CONFIG = Path.of("src", "test", "resources", "serve", "result-limit.ttl");
    /** Tens of millions of rows on the seeds (quads squared). */
    static final String CROSS_PRODUCT = "SELECT ?a ?d { ?a ?b ?c . ?d ?e ?f }";

    Tdb2SpeechStore store;
    KgServer server;
    SparqlHttp http;

    @BeforeAll
    void start() {
        store = SeedCorpus.loadInto(Tdb2SpeechStore.inMemory());
        server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true).withConfigFile(CONFIG));
        http = new SparqlHttp(server);
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    /** Runs {@code query} at {@code endpoint} as CSV. */
    HttpResponse<String> csv(String endpoint, String query) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(endpoint)))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
    }

    static long rows(HttpResponse<String> csv) {
        return csv.body().lines().count() - 1;
    }

    @Test
    void millionsOfRowsAreCutToTheConfiguredCap() {
        HttpResponse<String> r = csv("sparql", CROSS_PRODUCT);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(rows(r)).isEqualTo(50);
        assertThat(r.headers().firstValue(ResultLimit.HEADER)).hasValue("50");
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(store.size());
    }

    @Test
    void aLargerLimitIsLoweredAndASmallerOneKept() {
        assertThat(rows(csv("sparql", CROSS_PRODUCT + " LIMIT 1000000"))).isEqualTo(50);
        HttpResponse<String> small = csv("sparql", CROSS_PRODUCT + " LIMIT 7 OFFSET 3");
        assertThat(rows(small)).isEqualTo(7);
        assertThat(small.headers().firstValue(ResultLimit.HEADER)).isEmpty();
    }

    @Test
    void constructIsCappedAndAskIsUntouched() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(http.url("sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(50);
        assertThat(r.headers().firstValue(ResultLimit.HEADER)).hasValue("50");
        assertThat(http.query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
    }

    @Test
    void anEndpointWithoutTheSettingGetsTheDefaultCap() {
        HttpResponse<String> r = csv("query", "SELECT ?a { ?a ?b ?c . ?d ?e ?f }");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(rows(r)).isEqualTo(ResultLimit.DEFAULT);
        assertThat(r.headers().firstValue(ResultLimit.HEADER)).hasValue(Long.toString(ResultLimit.DEFAULT));
    }
}
