package org.speechkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speechkg.rdf.IriMinter;

/** {@link ExportServlet} mounted on a real Fuseki server next to the dataset's SPARQL service. */
class ExportServletTest {
    private static FusekiServer server;
    private static DatasetGraph dsg;
    private static String export;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        dsg = SeedStore.dataset();
        server = FusekiServer.create().port(0).loopback(true)
                .add("/kg", dsg)
                .addServlet("/export", new ExportServlet(dsg, new GraphExporter(new IriMinter(SeedStore.BASE))))
                .build().start();
        export = "http://localhost:" + server.getPort() + "/export";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void turtleIsTheUnionGraphWithTypeAndFileName() throws Exception {
        HttpResponse<byte[]> r = get("?format=turtle");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"speech-kg.ttl\"");
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(back);
        // Compared with a copy: TDB2 hands out inline decimals as "23.0" but finds only the stored "23".
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(union::add));
        assertThat(back.isIsomorphicWith(union)).isTrue();
    }

    @Test
    void oneSpeechAsTrigHasOnlyItsGraph() throws Exception {
        String id = SeedStore.speechIds().get(2);
        HttpResponse<byte[]> r = get("?format=trig&speech=" + enc(id));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/trig"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(cd -> assertThat(cd).contains(id + ".trig"));
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TRIG).parse(back);
        List<Node> graphs = new ArrayList<>();
        back.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).containsExactly(SeedStore.graphOf(id));
    }

    @Test
    void constructByGetAndByPostGivesAPropertyGraph() throws Exception {
        String q = RdfExportTest.resource("mentions.rq");
        HttpResponse<byte[]> r = get("?format=cytoscape&query=" + enc(q));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"mentions\"");

        HttpResponse<byte[]> post = HTTP.send(HttpRequest.newBuilder(URI.create(export))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("format=cytoscape&query=" + enc(q))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).isEqualTo(r.body());
    }

    @Test
    void neo4jIsAZip() throws Exception {
        HttpResponse<byte[]> r = get("?format=neo4j");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(r.body()).startsWith('P', 'K');
    }

    @Test
    void badRequestsAreRejectedWithAReason() throws Exception {
        HttpResponse<byte[]> select = get("?format=turtle&query=" + enc("SELECT * { ?s ?p ?o }"));
        assertThat(select.statusCode()).isEqualTo(400);
        assertThat(new String(select.body(), StandardCharsets.UTF_8)).contains("CONSTRUCT");

        assertThat(get("?format=turtle&query=" + enc("CONSTRUCT { ?s ?p }")).statusCode()).isEqualTo(400);
        assertThat(get("?format=docx").statusCode()).isEqualTo(400);
        assertThat(get("?format=turtle&speech=no-such-speech").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> get(String query) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(export + query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
