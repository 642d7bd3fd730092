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

    private static Statistic only(String text) {
        List<Statistic> st = stats(text);
        assertThat(st).as(text).hasSize(1);
        return st.get(0);
    }

    @Test
    void multipliersAreMultipliedOutAndYuanIsTheUnit() {
        Statistic trade = only("全省外贸进出口总额达2.5万亿元。");
        assertThat(trade.value()).isEqualByComparingTo("2500000000000");
        assertThat(trade.unit()).isEqualTo("元");
        assertThat(trade.counted()).isEqualTo("全省外贸进出口总额");
        Statistic grain = only("粮食产量稳定在1.3万亿斤以上。");
        assertThat(grain.value()).isEqualByComparingTo("1300000000000");
        assertThat(grain.unit()).isEqualTo("斤");
        assertThat(grain.approximate()).isTrue();
        assertThat(grain.counted()).isEqualTo("粮食产量");
        Statistic jobs = only("新增城镇就业52.3万人。");
        assertThat(jobs.value()).isEqualByComparingTo("523000");
        assertThat(jobs.counted()).isEqualTo("新增城镇就业");
        assertThat(only("全市地方财政收入486亿元。").value()).isEqualByComparingTo("48600000000");
    }

    @Test
    void ratesAndPercentagePointsKeepTheirUnit() {
        Statistic growth = only("全省地区生产总值增长6.1%。");
        assertThat(growth.unit()).isEqualTo("%");
        assertThat(growth.counted()).contains("地区生产总值");
        assertThat(only("城镇登记失业率下降0.4个百分点。").unit()).isEqualTo("个百分点");
    }

    @Test
    void aWordBetweenTheSubjectAndTheNumberIsNotTheSubject() {
        assertThat(only("全市森林覆盖率超过58%。").counted()).isEqualTo("全市森林覆盖率");
        assertThat(only("城镇调查失业率控制在5.5%以内。").counted()).isEqualTo("城镇调查失业率");
        assertThat(only("园区企业总数达320家。").counted()).isEqualTo("园区企业总数");
        assertThat(stats("绿色建筑占比由30%提升至45%。")).extracting(Statistic::counted)
                .containsExactly("绿色建筑占比", "绿色建筑占比");
    }

    @Test
    void aChangeClauseCountsTheChangeOfTheLastSubject() {
        var st = stats("全市一般公共预算收入310亿元，比上年增加12亿元，增长4%。");
        assertThat(st).extracting(Statistic::counted)
                .containsExactly("全市一般公共预算收入", "全市一般公共预算收入比上年增加", "全市一般公共预算收入增长");
    }

    @Test
    void respectivelyListsGiveEachNumberItsItem() {
        var st = stats("城镇、农村居民人均可支配收入分别增长4.1%、6.3%。");
        assertThat(st).extracting(Statistic::counted).containsExactly("城镇", "农村居民人均可支配收入");
        var shared = stats("两座水库分别蓄水3000万、1800万立方米。");
        assertThat(shared).extracting(Statistic::unit).containsExactly("立方米", "立方米");
        assertThat(shared.get(0).value()).isEqualByComparingTo("30000000");
    }

    @Test
    void aNumberWithOnlyAMultiplierTakesItsUnitFromTheContext() {
        Statistic workers = only("外出务工规模超过2100万。");
        assertThat(workers.unit()).isEqualTo("人");
        assertThat(workers.value()).isEqualByComparingTo("21000000");
        assertThat(only("当年项目经费约为350.5万。").unit()).isEqualTo("元");
        Statistic pupils = only("助学政策惠及1300多万学生。");
        assertThat(pupils.unit()).isEqualTo("人");
        assertThat(pupils.counted()).isEqualTo("学生");
        assertThat(stats("准备修建一座3层的教学楼，面积很大。")).isEmpty();
    }

    @Test
    void rangesGiveBothEnds() {
        assertThat(stats("创建省级示范区3-4家。")).extracting(s -> s.value().intValue()).containsExactly(3, 4);
    }

    @Test
    void aNumberOpeningItsClauseCountsWhatFollowsNotTheSpeaker() {
        assertThat(only("全县35.2%的高校毕业生选择返乡创业。").counted()).startsWith("高校毕业生");
        Statistic mentions = only("总书记在大会报告中12次提到“改革”。");
        assertThat(mentions.counted()).isEqualTo("提到改革");
        assertThat(only("今年有8人获评省级劳动模范。").counted()).isEqualTo("获评省级劳动模范");
    }

    @Test
    void chineseNumeralsCountOnlyWhereTheContextSaysSo() {
        Statistic years = only("全县财政收入连续五年保持增长。");
        assertThat(years.value()).isEqualByComparingTo("5");
        assertThat(years.unit()).isEqualTo("年");
        assertThat(only("全镇划分为二十四个网格。").value()).isEqualByComparingTo("24");
        assertThat(stats("增强四个意识，落实一岗双责，开好一次会，建设一批项目，走过百年历程。")).isEmpty();
        assertThat(stats("编制十四五规划，实施三年行动计划，回顾五年来的工作。")).isEmpty();
    }

    @Test
    void namesDatesOrdinalsAndGradesAreNotStatistics() {
        assertThat(stats("为老党员颁发“光荣在党50年”纪念章，颁发光荣在党50年纪念章。")).isEmpty();
        assertThat(stats("2024年3月，第三批主题教育启动，第3批名单公布。")).isEmpty();
        assertThat(stats("该校位列全省第5名，进入全省前10名，建成10万吨级码头，每10万人口拥有医生。")).isEmpty();
    }

    @Test
    void spokenRatesAndWrittenThousands() {
        var st = stats("全市工业增加值增长百分之六点五，要拿出百分之百的干劲。");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo("6.5");
            assertThat(s.unit()).isEqualTo("%");
        });
        assertThat(only("全年接待志愿者12,480名。").value()).isEqualByComparingTo("12480");
    }

    @Test
    void agesCountButAgeThresholdsAndAnniversariesDoNot() {
        assertThat(only("全区人均预期寿命提高到79.2岁。").counted()).isEqualTo("全区人均预期寿命");
        assertThat(stats("关爱65岁以上老人，庆祝建党100年，回顾3年以来的工作。")).isEmpty();
    }
}
