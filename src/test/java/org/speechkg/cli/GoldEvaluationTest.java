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
 * Extraction quality on the development set: the five seeds ({@code seeds/}) and six more real texts of
 * other genres ({@code src/test/resources/dev-texts/}), scored against the eleven gold files under
 * {@code src/test/resources/gold} the way {@code gold/README.md} defines it. Prints each text's and each
 * type's figures, and fails below the floors so quality cannot silently regress. The development set is a
 * guide: the project is also measured on texts nobody tuned it on.
 */
class GoldEvaluationTest {
    private static final Path GOLD = Paths.get("src/test/resources/gold");
    private static final List<Path> TEXTS = List.of(Paths.get("seeds"), Paths.get("src/test/resources/dev-texts"));
    private static GoldScorer.Report all;
    private static GoldScorer.Report seeds;

    @BeforeAll
    static void buildAndScore() throws Exception {
        Pipeline p = Pipeline.standard("http://localhost:3030/");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        for (Path dir : TEXTS) {
            for (Path f : p.source().list(dir)) {
                p.emit(p.process(f), sink);
            }
        }
        all = GoldScorer.score(GOLD, dsg.getUnionGraph());
        seeds = GoldScorer.score(GOLD, dsg.getUnionGraph(), GoldEvaluationTest::isSeed);
        System.out.println("Extraction against the development gold (all eleven texts):\n" + all.table());
        System.out.println("The five seeds:\n" + seeds.table());
        all.details().forEach(d -> System.out.println("  " + d));
    }

    @Test
    void goldCoversEveryText() throws Exception {
        long texts = 0;
        for (Path dir : TEXTS) {
            try (var s = Files.list(dir)) {
                texts += s.filter(f -> f.toString().endsWith(".txt")).count();
            }
        }
        assertThat(all.perText()).hasSize((int) texts);
        assertThat(all.perText().values()).allSatisfy(t -> assertThat(t.typed().pred).as(t.doc()).isPositive());
    }

    @Test
    void typedEntityF1OverAllTexts() {
        assertThat(all.typed().f1()).isGreaterThanOrEqualTo(Floors.TYPED);
    }

    @Test
    void everyDevelopmentTextAboveItsFloor() {
        all.perText().values().stream().filter(t -> !isSeed(t.doc()))
                .forEach(t -> assertThat(t.typed().f1()).as(t.doc()).isGreaterThanOrEqualTo(Floors.TEXT));
    }

    @Test
    void noFrequentTypeBelowItsFloor() {
        all.perType().forEach((type, c) -> {
            if (c.gold >= 20) {
                assertThat(c.f1()).as(type).isGreaterThanOrEqualTo(Floors.TYPE);
            }
        });
    }

    @Test
    void relationF1OverAllTexts() {
        assertThat(all.relations().f1()).isGreaterThanOrEqualTo(Floors.RELATIONS);
    }

    @Test
    void statisticsOverAllTexts() {
        assertThat(all.statistics().f1()).isGreaterThanOrEqualTo(Floors.STATISTICS);
        assertThat(all.subjects().f1()).isGreaterThanOrEqualTo(Floors.STATISTIC_SUBJECTS);
    }

    @Test
    void seedsDoNotRegress() {
        assertThat(seeds.typed().f1()).isGreaterThanOrEqualTo(Floors.SEED_TYPED);
        assertThat(seeds.relations().f1()).isGreaterThanOrEqualTo(Floors.SEED_RELATIONS);
    }

    @Test
    void noNoiseAndNoPlaceholderMergedAcrossSpeeches() {
        assertThat(all.noise()).isEmpty();
        assertThat(all.mergedPlaceholders()).isEqualTo(List.of());
    }

    /** The seeds are the texts in {@code seeds/}; the development texts are the others. */
    private static boolean isSeed(String doc) {
        return Files.exists(Paths.get("seeds").resolve(doc));
    }

    /** The floors this test holds; see docs/extraction.md for the measured figures. */
    static final class Floors {
        static final double TYPED = 0.80;
        static final double TEXT = 0.70;
        static final double TYPE = 0.70;
        static final double RELATIONS = 0.50;
        static final double STATISTICS = 0.88;
        static final double STATISTIC_SUBJECTS = 0.75;
        static final double SEED_TYPED = 0.93;
        static final double SEED_RELATIONS = 0.80;

        private Floors() {}
    }
}
