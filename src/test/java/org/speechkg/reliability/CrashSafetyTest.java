package org.speechkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.Main;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * A load killed with SIGKILL half-way leaves a TDB2 store that opens, holds every speech either whole or
 * not at all (and every speech reported loaded before the kill), and a rerun of the load completes it.
 */
class CrashSafetyTest {
    static final int SPEECHES = 300;
    /**
     * Kill once this many speeches were reported loaded (committed), well before the end; transactions of
     * ~15 speeches (--batch-quads 20000), so the kill is likely to land in one.
     */
    static final int KILL_AFTER = 40;

    @Test
    void killedLoadLeavesWholeSpeechesAndARerunCompletes(@TempDir Path dir) throws Exception {
        List<Path> files = GeneratedSpeeches.write(dir.resolve("corpus"), SPEECHES);
        Path storeDir = dir.resolve("store");
        Map<Node, Long> clean = GeneratedSpeeches.cleanCounts(files);

        List<String> reported = loadInChildAndKill(dir.resolve("corpus"), storeDir);
        assertThat(reported).hasSizeGreaterThanOrEqualTo(KILL_AFTER).hasSizeLessThan(SPEECHES);

        Tdb2SpeechStore store = Tdb2SpeechStore.open(storeDir);
        List<Node> present = store.graphs();
        for (Node g : present) {
            assertThat(StoreChecks.count(store.datasetGraph(), g)).as("quads of %s after the kill", g)
                    .isEqualTo(clean.get(g));
        }
        for (String id : reported) {
            assertThat(present).as("speech reported loaded before the kill").contains(SeedCorpus.pipeline().graphOf(id));
        }
        assertThat(present).hasSizeLessThan(SPEECHES);
        System.out.printf("killed after %d speeches reported loaded; %d whole speeches in the reopened store%n",
                reported.size(), present.size());

        CliRun rerun = CliRun.of("load", dir.resolve("corpus").toString(), "--store", storeDir.toString());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(store.graphs()).hasSize(SPEECHES);
        for (Node g : store.graphs()) {
            assertThat(StoreChecks.count(store.datasetGraph(), g)).as("quads of %s after the rerun", g)
                    .isEqualTo(clean.get(g));
        }
    }

    /** Runs {@code load} in a child JVM, kills it (SIGKILL) after {@link #KILL_AFTER} speeches; returns the ids it reported. */
    static List<String> loadInChildAndKill(Path corpus, Path storeDir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "load", corpus.toString(), "--store", storeDir.toString(),
                "--batch-quads", "20000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> loaded = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("loaded ")) {
                    loaded.add(line.substring("loaded ".length(), line.indexOf(':')));
                }
                if (loaded.size() >= KILL_AFTER) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return loaded;
    }
}
