package org.speechkg.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.Pipeline;
import org.speechkg.rdf.IriMinter;

class ExtractionBenchTest {
    @Test
    void aWarmUpPassIsSettledWhenTheJitCompiledForUnderFivePercentOfIt() {
        assertThat(new ExtractionBench.WarmUpPass(10.0, 400).settled()).isTrue();
        assertThat(new ExtractionBench.WarmUpPass(10.0, 600).settled()).isFalse();
        assertThat(new ExtractionBench.WarmUpPass(1.0, 2_000).settled()).isFalse();
    }

    @Test
    void aRoundsRatioIsPipelineOverSegmentationPerCpuSecond() {
        // 1,000 chars in 1 CPU-ms (segmentation) against 1,000 chars in 4 CPU-ms (pipeline): 25 %
        ExtractionBench.Run seg = new ExtractionBench.Run(new Workers.Timed(2_000_000, 1_000, 1), 1_000_000);
        ExtractionBench.Run pipe = new ExtractionBench.Run(new Workers.Timed(5_000_000, 1_000, 1), 4_000_000);

        assertThat(new ExtractionBench.Round(seg, pipe, 0).ratio()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void warmUpStopsAtTheCapAndAMeasuredRoundCountsEveryCharacter(@TempDir Path dir) {
        List<Path> files = CorpusGenerator.fromSeeds(Path.of("seeds")).write(dir, 2, 7);
        Pipeline p = Pipeline.standard(IriMinter.DEFAULT_BASE);
        List<String> texts = files.stream().map(f -> p.source().read(f).text()).toList();

        assertThat(ExtractionBench.warmUp(p, texts, files, 2)).hasSizeBetween(1, 2)
                .allSatisfy(pass -> assertThat(pass.seconds()).isPositive());
        ExtractionBench.Round round = ExtractionBench.round(p, texts, files);
        long chars = texts.stream().mapToLong(String::length).sum();
        assertThat(round.segmentation().timed().total()).isEqualTo(chars);
        assertThat(round.pipeline().timed().total()).isEqualTo(chars);
        assertThat(round.ratio()).isPositive();
    }
}
