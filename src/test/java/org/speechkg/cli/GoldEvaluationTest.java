package org.speechkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the development set (the seeds and their gold annotations copied under
 * {@code src/test/resources/gold}). Fails below the project's floors so quality cannot silently regress;
 * prints the per-type table.
 */
class GoldEvaluationTest {
    private static GoldScorer.Report report;

    @BeforeAll
    static void buildAndScore() throws Exception {
        Pipeline p = Pipeline.standard("http://localhost:3030/");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        for (Path f : p.source().list(Paths.get("seeds"))) {
            p.emit(p.process(f), sink);
        }
        report = GoldScorer.score(Paths.get("src/test/resources/gold"), dsg.getUnionGraph());
        System.out.println("Extraction against the development gold:\n" + report.table());
        report.details().forEach(d -> System.out.println("  " + d));
    }

    @Test
    void goldCoversTheSeeds() throws Exception {
        try (var s = Files.list(Paths.get("seeds"))) {
            assertThat(s.count()).isEqualTo(report.details().size());
        }
    }

    @Test
    void typedEntityF1AtLeast085() {
        assertThat(report.typed().f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void noFrequentTypeBelow070() {
        report.perType().forEach((type, c) -> {
            if (c.gold >= 5) {
                assertThat(c.f1()).as(type).isGreaterThanOrEqualTo(0.70);
            }
        });
    }

    @Test
    void relationF1AtLeast060() {
        assertThat(report.relations().f1()).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void noNoiseAndNoPlaceholderMergedAcrossSpeeches() {
        assertThat(report.noise()).isEmpty();
        assertThat(report.mergedPlaceholders()).isEqualTo(List.of());
    }
}
