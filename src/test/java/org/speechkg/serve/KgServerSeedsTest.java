package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.serve.SparqlHttp.nt;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.Tdb2SpeechStore;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/** The seeds in a TDB2 store on disk, served with the project's Fuseki configuration and queried over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KgServerSeedsTest {
    Tdb2SpeechStore store;
    KgServer server;
    SparqlHttp http;

    @BeforeAll
    void start(@TempDir Path dir) {
        store = SeedCorpus.loadInto(Tdb2SpeechStore.open(dir.resolve("tdb2")));
        server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true));
        http = new SparqlHttp(server);
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void servesTheStoresOwnDatasetGraph() {
        assertThat(server.fuseki().getDataAccessPointRegistry().get("/kg").getDataService().getDataset())
                .isSameAs(store.datasetGraph());
        assertThat(server.port()).isPositive();
    }

    @Test
    void listsTheConfiguredEndpoints() {
        String kg = "http://localhost:" + server.port() + "/kg";
        assertThat(server.endpoints()).contains(kg + "/sparql", kg + "/query", kg + "/data", kg + "/get",
                kg + "/update");
        assertThat(server.describe()).filteredOn(ServedEndpoint::authenticated)
                .extracting(ServedEndpoint::operation).containsExactlyInAnyOrder("gsp-rw", "update");
    }

    @Test
    void answersWithTheFiveSpeeches() {
        List<QuerySolution> rows = http.select("SELECT DISTINCT ?s { ?s a " + nt(SKG.Speech) + " }");
        assertThat(rows).hasSize(5);
        assertThat(http.count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s a " + nt(SKG.Speech) + " } }"))
                .isEqualTo(5);
    }

    static Stream<Node> entityTypes() {
        return Stream.of(SKG.Organization, SKG.Document, SKG.Policy, SKG.Campaign);
    }

    @ParameterizedTest(name = "every speech mentions a {0}")
    @MethodSource("entityTypes")
    void everySpeechMentionsAnEntityOfType(Node type) {
        List<String> without = http.select("SELECT ?s { ?s a " + nt(SKG.Speech) + " FILTER NOT EXISTS { ?s "
                        + nt(SKG.mentions) + " ?e . ?e a " + nt(type) + " } } ORDER BY ?s").stream()
                .map(r -> r.getResource("s").getURI()).toList();
        assertThat(without).as("speeches mentioning no %s", type.getLocalName()).isEmpty();
    }

    @Test
    void speechesCiteDocuments() {
        List<QuerySolution> cites = http.select("SELECT ?s ?d ?type { ?s " + nt(SKG.cites) + " ?d . "
                + "OPTIONAL { ?d a ?type FILTER(?type = " + nt(SKG.Document) + ") } }");
        assertThat(cites).isNotEmpty();
        assertThat(cites).allSatisfy(r -> assertThat(r.contains("type")).as("%s is a Document", r.get("d")).isTrue());
    }

    @Test
    void defaultGraphIsTheUnionOfTheSpeechGraphs() {
        long union = http.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        long distinctInGraphs = http.count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
        assertThat(union).isPositive().isEqualTo(distinctInGraphs);
    }

    @Test
    void statsCountSpeechesEntitiesAndQuads() {
        StoreStats stats = StoreStats.of(store.datasetGraph());
        assertThat(stats.speeches()).isEqualTo(5);
        assertThat(stats.quads()).isEqualTo(store.size());
        assertThat(stats.entities()).isEqualTo(http.count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?s "
                + nt(SKG.mentions) + " ?e } }"));
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(stats.quads());
    }

    @Test
    void speechGraphsCarryTheirTitle() {
        assertThat(http.select("SELECT ?s ?t { ?s a " + nt(SKG.Speech) + " ; " + nt(W3C.dctTitle) + " ?t }"))
                .hasSize(5);
    }
}
