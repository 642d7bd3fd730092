package org.speechkg.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speechkg.serve.KgServer;
import org.speechkg.serve.ServeOptions;

/**
 * Both orders of the query benchmark, against a real server: every working query gets its runs, a query
 * the server refuses gets its error and is not sent again (figures are not checked: tests do not time).
 */
class QueryBenchTest {
    private static final List<QueryBench.NamedQuery> QUERIES = List.of(
            new QueryBench.NamedQuery("ask.rq", "ASK {}"),
            new QueryBench.NamedQuery("broken.rq", "SELECT WHERE {"),
            new QueryBench.NamedQuery("count.rq", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
    private static KgServer server;

    @BeforeAll
    static void start() {
        server = KgServer.start(DatabaseMgr.createDatasetGraph(), ServeOptions.defaults().withPort(0)
                .withLocalhostOnly(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void interleavedRoundsMeasureEveryWorkingQueryAndDropAFailingOne() {
        List<QueryBench.QueryResult> results = new QueryBench(server.port())
                .interleaved(QUERIES, 7, Duration.ofSeconds(20)).results();

        assertRuns(results);
    }

    @Test
    void consecutiveRunsMeasureEveryWorkingQueryAndDropAFailingOne() {
        List<QueryBench.QueryResult> results = new QueryBench(server.port())
                .consecutive(QUERIES, 7, Duration.ofSeconds(20));

        assertRuns(results);
    }

    @Test
    void aQueryOverItsBudgetStopsAfterFiveRuns() {
        List<QueryBench.QueryResult> results = new QueryBench(server.port())
                .interleaved(QUERIES.subList(0, 1), 50, Duration.ZERO).results();

        assertThat(results.get(0).latencies().size()).isEqualTo(5);
    }

    @Test
    void everyInterleavedRoundIsTimedWithTheCacheWalkAfterIt() {
        RoundPhases phases = new QueryBench(server.port())
                .interleaved(QUERIES, 4, Duration.ofSeconds(20)).phases();

        assertThat(phases.rounds()).isEqualTo(4);
        assertThat(Arrays.stream(phases.roundNanos())).allMatch(t -> t > 0);
        assertThat(Arrays.stream(phases.probeNanos())).allMatch(t -> t > 0);
    }

    private static void assertRuns(List<QueryBench.QueryResult> results) {
        assertThat(results).extracting(r -> r.query().name()).containsExactly("ask.rq", "broken.rq", "count.rq");
        assertThat(results.get(0).error()).isNull();
        assertThat(results.get(0).latencies().size()).isEqualTo(7);
        assertThat(results.get(1).error()).contains("broken.rq", "HTTP 400");
        assertThat(results.get(1).latencies().size()).isZero();
        assertThat(results.get(2).error()).isNull();
        assertThat(results.get(2).latencies().size()).isEqualTo(7);
    }
}
