package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticRecognizerTest {
    private static List<Statistic> stats(String text) {
        return Fixtures.extract(text).statistics();
    }

    @Test
    void totalWithBreakdown() {
        var st = stats("全年调处矛盾纠纷1200起（其中婚姻纠纷300起，债务纠纷250起）。");
        assertThat(st).hasSize(3);
        assertThat(st.get(0).value()).isEqualByComparingTo("1200");
        assertThat(st.get(0).unit()).isEqualTo("起");
        assertThat(st.get(0).counted()).contains("矛盾纠纷");
        assertThat(st.get(1).counted()).isEqualTo("婚姻纠纷");
        assertThat(st.get(1).breakdownOf()).contains(0);
        assertThat(st.get(2).breakdownOf()).contains(0);
    }

    @Test
    void breakdownAfterACommaRunsToTheEndOfTheSentence() {
        var st = stats("全县共有网格员860名，其中专职网格员320名，兼职网格员540名。另有志愿者90名。");
        assertThat(st).hasSize(4);
        assertThat(st.get(1).breakdownOf()).contains(0);
        assertThat(st.get(2).breakdownOf()).contains(0);
        assertThat(st.get(3).breakdownOf()).isEmpty();
    }

    @Test
    void nounAfterTheMeasureWordIsWhatIsCounted() {
        var st = stats("全县已有42所学校成立法治社团。");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.counted()).isEqualTo("学校");
            assertThat(s.value()).isEqualByComparingTo("42");
        });
    }

    @Test
    void multipliersAndApproximation() {
        var st = stats("服务群众3.5万余人次，全省有1亿多人口。");
        assertThat(st.get(0).value()).isEqualByComparingTo(new BigDecimal("35000"));
        assertThat(st.get(0).approximate()).isTrue();
        assertThat(st.get(1).value()).isEqualByComparingTo(new BigDecimal("100000000"));
        assertThat(st.get(1).counted()).isEqualTo("人口");
    }

    @Test
    void durationsCountDatesAndTitlesDoNot() {
        var st = stats("6月8日举办为期3天的政法干部培训班，学习《2023年工作要点》，庆祝建党100周年。");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.unit()).isEqualTo("天");
            assertThat(s.counted()).isEqualTo("政法干部培训班");
        });
    }

    @Test
    void aVerbLeadingToTheLevelIsNotWhatIsCounted() {
        var st = stats("全县森林覆盖率提高到62.5%，旅游收入突破80亿元，民营投资占40%，物价上涨2%。");
        assertThat(st).extracting(Statistic::counted)
                .containsExactly("全县森林覆盖率", "旅游收入", "民营投资", "物价上涨");
        assertThat(st.get(1).approximate()).isTrue();
        assertThat(stats("两项存款余额分别突破900亿元和300亿元。")).extracting(Statistic::counted).first()
                .isEqualTo("两项存款余额");
    }
}
