package org.speechkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.SpeechLoader;
import org.speechkg.serve.KgServer;
import org.speechkg.serve.ServeOptions;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * While 500 speeches are loaded into the served store, four clients query it over HTTP without pause:
 * no query fails, and no client ever sees a speech half-loaded (a graph's count is 0 or its final count).
 */
class LoadUnderQueriesTest {
    static final int SPEECHES = 500;
    static final int CLIENTS = 4;
    /** Small transactions (~15 speeches), so the clients see many commits during the load. */
    static final long BATCH_QUADS = 20_000;
    static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @Test
    void queriesDuringALoadSeeEachSpeechWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        List<Path> files = GeneratedSpeeches.write(dir.resolve("corpus"), SPEECHES);
        Tdb2SpeechStore store = Tdb2SpeechStore.open(dir.resolve("store"));
        KgServer server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true));
        Map<Node, Set<Long>> seen = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        try {
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    while (loading.get()) {
                        try {
                            counts(http, server.port()).forEach((g, n) -> seen.computeIfAbsent(g,
                                    k -> ConcurrentHashMap.newKeySet()).add(n));
                            answered.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
            SpeechLoader.Result result = new SpeechLoader(SeedCorpus.pipeline(), 2, BATCH_QUADS)
                    .load(files, store, new PrintStream(OutputStream.nullOutputStream()), System.err);
            loading.set(false);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            assertThat(result.loaded()).isEqualTo(SPEECHES);
        } finally {
            loading.set(false);
            server.stop();
        }

        assertThat(failures).isEmpty();
        assertThat(answered.get()).as("queries answered during the load").isGreaterThan(CLIENTS);
        assertThat(store.graphs()).hasSize(SPEECHES);
        Map<Node, Long> finalCounts = new HashMap<>();
        store.graphs().forEach(g -> finalCounts.put(g, StoreChecks.count(store.datasetGraph(), g)));
        seen.forEach((g, counts) -> assertThat(counts).as("counts of %s seen during the load", g)
                .isSubsetOf(0L, finalCounts.get(g)));
        System.out.printf("%d queries answered during the load of %d speeches, %d graphs seen, none partly%n",
                answered.get(), SPEECHES, seen.size());
    }

    /** Quad count of every graph, read in one query (one read transaction). */
    static Map<Node, Long> counts(HttpClient http, int port) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kg/sparql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new AssertionError("query answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        Map<Node, Long> out = new HashMap<>();
        rs.forEachRemaining(row -> out.put(NodeFactory.createURI(row.getResource("g").getURI()),
                row.getLiteral("n").getLong()));
        return out;
    }
}
