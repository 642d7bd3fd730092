package org.speechkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.Main;
import org.speechkg.rdf.IriMinter;
import org.speechkg.store.Tdb2SpeechStore;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/** {@code speech-kg export} against an on-disk store holding the seed graphs. */
class ExportCommandTest {
    @TempDir
    static Path tmp;
    private static Path storeDir;
    private static Tdb2SpeechStore store;

    @BeforeAll
    static void copySeedsToDisk() {
        DatasetGraph seeds = SeedStore.dataset();
        storeDir = tmp.resolve("store");
        store = Tdb2SpeechStore.open(storeDir);
        for (String id : SeedStore.speechIds()) {
            Node g = SeedStore.graphOf(id);
            store.replace(g, out -> Txn.executeRead(seeds, () -> seeds.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad)));
        }
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(store.datasetGraph(), true);
    }

    @Test
    void neo4jWritesNodesAndEdgesIntoTheDirectory() throws Exception {
        Path dir = tmp.resolve("neo4j");
        assertThat(Main.run("export", "--store", storeDir.toString(), "--format", "neo4j", "--out", dir.toString())).isZero();

        assertThat(Files.readAllLines(dir.resolve("nodes.csv")).get(0)).contains("id:ID", ":LABEL");
        assertThat(Files.readAllLines(dir.resolve("edges.csv")).get(0)).startsWith(":START_ID,:END_ID,:TYPE");
    }

    @Test
    void oneSpeechThroughAConstructQueryAsTurtle() throws Exception {
        Path rq = tmp.resolve("q.rq");
        Files.writeString(rq, RdfExportTest.resource("mentions.rq"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("one.ttl");
        String id = SeedStore.speechIds().get(0);

        assertThat(Main.run("export", "--store", storeDir.toString(), "--format", "turtle", "--speech", id,
                "--construct", rq.toString(), "--out", out.toString())).isZero();

        Graph g = RDFDataMgr.loadGraph(out.toString());
        assertThat(g.size()).isPositive();
        assertThat(g.find(Node.ANY, W3C.rdfType, SKG.Speech).mapWith(t -> t.getSubject()).toList())
                .containsExactly(new IriMinter(SeedStore.BASE).speech(id));
    }

    @Test
    void unknownSpeechFailsAndLeavesNoFile() {
        Path out = tmp.resolve("none.ttl");
        assertThat(Main.run("export", "--store", storeDir.toString(), "--format", "turtle", "--speech", "nope",
                "--out", out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(tmp).isDirectoryNotContaining("glob:**.part");
    }
}
