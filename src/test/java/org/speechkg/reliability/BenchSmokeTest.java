package org.speechkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.bench.CorpusGenerator;
import org.speechkg.store.SeedCorpus;

/**
 * The benchmark's corpus is deterministic and varied, and {@code speech-kg bench} runs end to end on a
 * tiny corpus, printing every section and a verdict for every floor (figures are not checked: the
 * benchmark prints, tests do not time).
 */
class BenchSmokeTest {
    @Test
    void generatedSpeechesAreDeterministicAndVaried() {
        CorpusGenerator g = CorpusGenerator.fromSeeds(SeedCorpus.DIR);
        assertThat(g.speech(42, 3)).isEqualTo(g.speech(42, 3));
        List<String> speeches = IntStream.range(0, 30).mapToObj(i -> g.speech(42, i)).toList();
        assertThat(speeches).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s.length()).isGreaterThan(500));
        String all = String.join("\n", speeches);
        assertThat(all).contains("XX").containsPattern("[*某×]{1,2}(市|县|区|镇|乡|街道)").containsPattern("20[12]\\d年");
        assertThat(g.speech(42, 3)).isNotEqualTo(g.speech(43, 3));
    }

    @Test
    void benchRunsEndToEndAndReportsEveryFloor(@TempDir Path dir) throws Exception {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("count.rq"), "# Title: count\nSELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }\n");

        CliRun run = CliRun.of("bench", "--speeches", "4", "--work", dir.resolve("work").toString(),
                "--queries", queries.toString(), "--jena-loader", "phased", "--query-runs", "2",
                "--extraction-rounds", "3", "--clients", "2", "--client-seconds", "1");

        assertThat(run.code()).as(run.err()).isIn(0, 4);
        assertThat(run.out()).contains("== extraction", "== load", "== queries", "== memory", "count.rq",
                "project, speech-kg load batches", "Jena phased loader", "0 failed", "2 interleaved rounds",
                "warm-up: ", "untimed passes", "round 3: pipeline / segmentation", "median of 3 rounds",
                "steadiness before measuring: integer work p50", "steadiness after measuring", "; 12 MiB walk p50",
                "; 64 MiB walk p50", "rounds: median ", "correlation of round time and walk time",
                "rounds over 1.3 x the median round");
        assertThat(run.out().lines().filter(l -> l.startsWith("  met ") || l.startsWith("  MISSED "))).hasSize(4);
    }

    @Test
    void anUnknownQueryOrderIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        CliRun run = CliRun.of("bench", "--work", dir.resolve("work").toString(), "--query-order", "sideways");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--query-order", "sideways", "INTERLEAVED", "CONSECUTIVE");
        assertThat(dir.resolve("work")).doesNotExist();
    }

    @Test
    void aMissingQueryDirectoryIsSaidAndSkipped(@TempDir Path dir) {
        CliRun run = CliRun.of("bench", "--speeches", "2", "--work", dir.resolve("work").toString(),
                "--queries", dir.resolve("none").toString(), "--jena-loader", "none");

        assertThat(run.code()).as(run.err()).isIn(0, 4);
        assertThat(run.out()).contains("no cookbook queries").contains("skipped");
    }
}
