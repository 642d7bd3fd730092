package org.speechkg.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Latency of each cookbook query ({@code *.rq}) over HTTP against a running server, after a warm-up,
 * measured in interleaved rounds or query by query, and the throughput of several clients sending all of
 * them round-robin.
 */
final class QueryBench {
    /** A cookbook query: its file name and text. */
    record NamedQuery(String name, String text) {}

    /** Latencies of one query, or the error it gave. */
    record QueryResult(NamedQuery query, Latencies latencies, String error) {}

    /** The results of interleaved rounds, and how long each round and the cache walk after it took. */
    record Interleaved(List<QueryResult> results, RoundPhases phases) {}

    /** Queries answered per second by {@code clients} concurrent clients, and how many failed. */
    record Throughput(int clients, double seconds, long answered, long failed) {
        double perSecond() {
            return answered / seconds;
        }
    }

    private static final String ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, */*;q=0.1";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    QueryBench(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/kg/sparql");
    }

    /** The {@code .rq} files in {@code dir}, sorted by name; empty when the directory is missing. */
    static List<NamedQuery> cookbook(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<NamedQuery> out = new ArrayList<>();
            for (Path f : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.add(new NamedQuery(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir, e);
        }
    }

    /** Sends every query {@code rounds} times, round-robin, unmeasured; returns how many sends failed. */
    int warmUp(List<NamedQuery> queries, int rounds) {
        int failed = 0;
        for (int r = 0; r < rounds; r++) {
            for (NamedQuery q : queries) {
                try {
                    send(q);
                } catch (QueryFailed e) {
                    failed++;
                }
            }
        }
        return failed;
    }

    /**
     * Measures every query {@code runs} times, interleaved: round after round, each round sends each query
     * once. A query whose measured runs have taken more than {@code budget} is left out of later rounds
     * (after 5), and a query that fails is not sent again. Interleaving spreads any slow phase of the machine
     * over all queries instead of the consecutive runs of one; a real server sees mixed queries too. After
     * each round the 12 MiB cache walk is timed, so that slow rounds can be told from slow machine phases.
     */
    Interleaved interleaved(List<NamedQuery> queries, int runs, Duration budget) {
        int n = queries.size();
        Latencies[] lat = new Latencies[n];
        String[] error = new String[n];
        long[] spent = new long[n];
        for (int i = 0; i < n; i++) {
            lat[i] = new Latencies();
        }
        Steadiness.CacheWalk walk = new Steadiness.CacheWalk();
        long[] roundNanos = new long[runs];
        long[] probeNanos = new long[runs];
        for (int round = 0; round < runs; round++) {
            long r0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (error[i] != null || (round >= 5 && spent[i] > budget.toNanos())) {
                    continue;
                }
                try {
                    spent[i] += timedSend(queries.get(i), lat[i]);
                } catch (QueryFailed e) {
                    error[i] = e.getMessage();
                }
            }
            roundNanos[round] = System.nanoTime() - r0;
            probeNanos[round] = walk.timeOnce();
        }
        List<QueryResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new QueryResult(queries.get(i), lat[i], error[i]));
        }
        return new Interleaved(out, new RoundPhases(roundNanos, probeNanos));
    }

    /**
     * Measures each query in turn: 3 unmeasured runs, then up to {@code runs} measured ones, fewer once they
     * have taken more than {@code budget} (after 5). A slow spell of the machine falls on one query's runs.
     */
    List<QueryResult> consecutive(List<NamedQuery> queries, int runs, Duration budget) {
        List<QueryResult> out = new ArrayList<>(queries.size());
        for (NamedQuery q : queries) {
            Latencies lat = new Latencies();
            String error = null;
            try {
                for (int i = 0; i < 3; i++) {
                    send(q);
                }
                long spent = 0;
                for (int i = 0; i < runs && (i < 5 || spent <= budget.toNanos()); i++) {
                    spent += timedSend(q, lat);
                }
            } catch (QueryFailed e) {
                error = e.getMessage();
            }
            out.add(new QueryResult(q, lat, error));
        }
        return out;
    }

    /** Sends {@code q} once, adds its latency to {@code lat} and returns it in nanoseconds. */
    private long timedSend(NamedQuery q, Latencies lat) {
        long t0 = System.nanoTime();
        send(q);
        long t = System.nanoTime() - t0;
        lat.add(t);
        return t;
    }

    /** {@code clients} threads sending the queries round-robin for {@code duration}. */
    Throughput throughput(List<NamedQuery> queries, int clients, Duration duration) {
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        long deadline = t0 + duration.toNanos();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        try {
                            send(queries.get(i % queries.size()));
                            answered.incrementAndGet();
                        } catch (QueryFailed e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("query clients failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        return new Throughput(clients, (System.nanoTime() - t0) / 1e9, answered.get(), failed.get());
    }

    /** Sends the query and reads the whole answer; throws unless it is 200. */
    private void send(NamedQuery q) {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                String body = new String(r.body(), StandardCharsets.UTF_8);
                throw new QueryFailed(q.name() + ": HTTP " + r.statusCode() + " "
                        + body.substring(0, Math.min(200, body.length())).strip());
            }
        } catch (IOException e) {
            throw new QueryFailed(q.name() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryFailed(q.name() + ": interrupted");
        }
    }

    /** A query that did not answer 200. */
    private static final class QueryFailed extends RuntimeException {
        QueryFailed(String message) {
            super(message);
        }
    }
}
