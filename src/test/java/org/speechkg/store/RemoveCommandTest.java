package org.speechkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.Main;
import org.speechkg.store.StoreChecks.Fingerprint;

/** {@code speech-kg remove}: an unknown id changes nothing and says so; a known one removes only its speech. */
class RemoveCommandTest {

    /** Runs the CLI and returns its exit code and what it wrote to standard error. */
    record Run(int code, String err) {}

    static Run cli(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void unknownIdFailsNamingTheIdAndLeavesTheStoreUnchanged(@TempDir Path dir) {
        Tdb2SpeechStore store = SeedCorpus.loadInto(Tdb2SpeechStore.open(dir));
        Fingerprint before = StoreChecks.fingerprint(store.datasetGraph());

        Run run = cli("remove", "UNKNOWN-ID", "--store", dir.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("UNKNOWN-ID");
        assertThat(StoreChecks.fingerprint(store.datasetGraph())).isEqualTo(before);
        assertThat(store.graphs()).hasSize(SeedCorpus.speeches().size());
    }

    @Test
    void knownIdRemovesOnlyThatSpeech(@TempDir Path dir) {
        Tdb2SpeechStore store = SeedCorpus.loadInto(Tdb2SpeechStore.open(dir));
        String id = SeedCorpus.speeches().get(2).id();
        Node g = SeedCorpus.pipeline().graphOf(id);
        Fingerprint others = StoreChecks.fingerprint(store.datasetGraph(), n -> !n.equals(g));

        assertThat(cli("remove", id, "--store", dir.toString()).code()).isZero();

        assertThat(store.graphs()).doesNotContain(g).hasSize(SeedCorpus.speeches().size() - 1);
        assertThat(StoreChecks.fingerprint(store.datasetGraph(), n -> !n.equals(g))).isEqualTo(others);
    }
}
