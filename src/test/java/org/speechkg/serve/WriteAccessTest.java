package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.StoreChecks.Fingerprint;

/**
 * SPARQL update and GSP writes: refused for anonymous callers; with a password file, accepted with its
 * credentials (also through a client that waits for the 401 challenge); refused for everyone without one.
 * Queries and GSP reads stay anonymous throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAccessTest {
    static final String USER = "writer";
    static final String PASSWORD = "pa:ss word";
    static final String CREDENTIALS = USER + ":" + PASSWORD;
    static final Node EXISTING = NodeFactory.createURI("urn:test:graph/existing");

    DatasetGraph closedData;
    DatasetGraph openData;
    KgServer closed;
    KgServer open;
    SparqlHttp closedHttp;
    SparqlHttp openHttp;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Path passwords = Files.writeString(dir.resolve("passwords"), "# writers\n" + CREDENTIALS + "\n",
                StandardCharsets.UTF_8);
        closedData = datasetWithOneGraph();
        openData = datasetWithOneGraph();
        ServeOptions options = ServeOptions.defaults().withPort(0).withLocalhostOnly(true);
        closed = KgServer.start(closedData, options);
        open = KgServer.start(openData, options.withPasswordFile(passwords));
        closedHttp = new SparqlHttp(closed);
        openHttp = new SparqlHttp(open);
    }

    @AfterAll
    void stop() {
        closed.stop();
        open.stop();
    }

    static DatasetGraph datasetWithOneGraph() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(EXISTING, NodeFactory.createURI("urn:test:s"),
                NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("kept"))));
        return dsg;
    }

    static String insert(String graph) {
        return "INSERT DATA { GRAPH <" + graph + "> { <urn:test:s> <urn:test:p> \"added\" } }";
    }

    static final String TURTLE = "<urn:test:s> <urn:test:p> \"put\" .";

    // ---- no password file: writes refused for everyone

    @Test
    void withoutPasswordFileAnonymousUpdateIsRefused() {
        Fingerprint before = StoreChecks.fingerprint(closedData);
        assertThat(closedHttp.update(insert("urn:test:graph/u1"), null).statusCode()).isIn(401, 403);
        assertThat(StoreChecks.fingerprint(closedData)).isEqualTo(before);
    }

    @Test
    void withoutPasswordFileAnonymousGspPutIsRefused() {
        Fingerprint before = StoreChecks.fingerprint(closedData);
        assertThat(closedHttp.put(EXISTING.getURI(), TURTLE, null).statusCode()).isIn(401, 403);
        assertThat(StoreChecks.fingerprint(closedData)).isEqualTo(before);
    }

    @Test
    void withoutPasswordFileEvenCredentialsAreRefused() {
        Fingerprint before = StoreChecks.fingerprint(closedData);
        assertThat(closedHttp.update(insert("urn:test:graph/u2"), CREDENTIALS).statusCode()).isIn(401, 403);
        assertThat(closedHttp.put("urn:test:graph/p2", TURTLE, CREDENTIALS).statusCode()).isIn(401, 403);
        assertThat(StoreChecks.fingerprint(closedData)).isEqualTo(before);
    }

    @Test
    void withoutPasswordFileReadsAreAnonymous() {
        assertThat(closedHttp.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
        assertThat(closedHttp.get("data", "graph=" + EXISTING.getURI()).statusCode()).isEqualTo(200);
        assertThat(closedHttp.get("get", "graph=" + EXISTING.getURI()).body()).contains("kept");
    }

    // ---- password file: writes need its credentials

    @Test
    void anonymousUpdateIsChallenged() {
        Fingerprint before = StoreChecks.fingerprint(openData);
        HttpResponse<String> r = openHttp.update(insert("urn:test:graph/u3"), null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(StoreChecks.fingerprint(openData)).isEqualTo(before);
    }

    @Test
    void anonymousGspPutIsChallenged() {
        Fingerprint before = StoreChecks.fingerprint(openData);
        assertThat(openHttp.put(EXISTING.getURI(), TURTLE, null).statusCode()).isEqualTo(401);
        assertThat(StoreChecks.fingerprint(openData)).isEqualTo(before);
    }

    @Test
    void wrongPasswordIsRefused() {
        Fingerprint before = StoreChecks.fingerprint(openData);
        assertThat(openHttp.update(insert("urn:test:graph/u4"), USER + ":wrong").statusCode()).isEqualTo(401);
        assertThat(openHttp.put("urn:test:graph/p4", TURTLE, USER + ":wrong").statusCode()).isEqualTo(401);
        assertThat(StoreChecks.fingerprint(openData)).isEqualTo(before);
    }

    @Test
    void updateWithCredentialsIsAccepted() {
        Node g = NodeFactory.createURI("urn:test:graph/u5");
        assertThat(openHttp.update(insert(g.getURI()), CREDENTIALS).statusCode()).isIn(200, 204);
        assertThat(StoreChecks.count(openData, g)).isEqualTo(1);
    }

    @Test
    void gspPutWithCredentialsIsAccepted() {
        Node g = NodeFactory.createURI("urn:test:graph/p5");
        assertThat(openHttp.put(g.getURI(), TURTLE, CREDENTIALS).statusCode()).isIn(200, 201, 204);
        assertThat(StoreChecks.count(openData, g)).isEqualTo(1);
    }

    @Test
    void clientAnsweringTheChallengeCanWrite() {
        HttpClient client = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASSWORD.toCharArray());
            }
        }).build();
        Node g = NodeFactory.createURI("urn:test:graph/u6");
        assertThat(new SparqlHttp(open, client).update(insert(g.getURI()), null).statusCode()).isIn(200, 204);
        assertThat(StoreChecks.count(openData, g)).isEqualTo(1);
    }

    @Test
    void withPasswordFileReadsStayAnonymous() {
        assertThat(openHttp.query("ASK {}").statusCode()).isEqualTo(200);
        assertThat(openHttp.get("data", "graph=" + EXISTING.getURI()).body()).contains("kept");
        assertThat(openHttp.get("get", "graph=" + EXISTING.getURI()).statusCode()).isEqualTo(200);
    }
}
