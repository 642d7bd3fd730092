package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class DocumentRecognizerTest {
    private final DocumentRecognizer r = new DocumentRecognizer();

    @Test
    void titlesInBracketsWithoutTheBrackets() {
        assertThat(labels(run(r, "认真学习《关于加强基层治理体系建设的意见》和《信访工作条例》。"), EntityType.Document))
                .containsExactly("关于加强基层治理体系建设的意见", "信访工作条例");
    }

    @Test
    void maskedCongressReportIsUnmaskedFromTheSpeechYear() {
        assertThat(labels(run(r, "2023年，我们深入学习党的XX大报告。"), EntityType.Document)).containsExactly("党的二十大报告");
        assertThat(labels(run(r, "2019年，我们深入学习党的XX大报告。"), EntityType.Document)).containsExactly("党的十九大报告");
    }

    @Test
    void namedPlanFollowedAsRequirement() {
        assertThat(labels(run(r, "按照全县平安建设工作方案要求，扎实推进。"), EntityType.Document))
                .containsExactly("全县平安建设工作方案");
    }

    @Test
    void elidedImplementingRules() {
        assertThat(labels(run(r, "严格落实中央八项规定及其实施细则精神。"), EntityType.Document))
                .containsExactly("中央八项规定实施细则");
    }

    @Test
    void unnamedPlansAreNotDocuments() {
        assertThat(labels(run(r, "我们制定了整改方案，按照实施方案要求推进。"), EntityType.Document)).isEmpty();
    }
}
