package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class QuotedNameRecognizerTest {
    private final QuotedNameRecognizer r = new QuotedNameRecognizer();

    @Test
    void numberedFormulasArePolicies() {
        assertThat(labels(run(r, "牢记“三个务必”，落实“一岗双责”，推行“五access”。"), EntityType.Policy))
                .contains("三个务必", "一岗双责");
    }

    @Test
    void parallelListIsAFormula() {
        assertThat(labels(run(r, "按照“讲政治、重公正、业务精”的要求。"), EntityType.Policy))
                .containsExactly("讲政治、重公正、业务精");
    }

    @Test
    void followingNounTypesTheName() {
        var ms = run(r, "开展“平安校园”创建行动和“法润乡村”主题活动，推广“2+3+N”工作法，树立“服务即管理”理念。");
        assertThat(labels(ms, EntityType.Campaign)).contains("法润乡村主题活动");
        assertThat(labels(ms, EntityType.Policy)).contains("2+3+N工作法", "服务即管理");
    }

    @Test
    void quotedEventsAndCampaignsByTheirHead() {
        var ms = run(r, "组织“宪法宣传周”和“利剑护蕾行动”。");
        assertThat(labels(ms, EntityType.Event)).containsExactly("宪法宣传周");
        assertThat(labels(ms, EntityType.Campaign)).containsExactly("利剑护蕾行动");
    }

    @Test
    void idiomsSpeechAndSloganHeadingsAreNotNames() {
        var ms = run(r, "一、以“强担当”为引领。搭建“四梁八柱”，他说“要把群众的事当成自己的事”，打通“最后一公里”。");
        assertThat(ms).isEmpty();
    }

    @Test
    void commonNounsAndOrdinalPhrasesAreNotFormulas() {
        assertThat(run(r, "领导干部不当“二传手”，要当好“一把手”，上好“第一课”。")).isEmpty();
        assertThat(labels(run(r, "落实“第一议题”制度，推进“五位一体”总体布局。"), EntityType.Policy)).contains("五位一体");
    }

    @Test
    void numberedArticlesAreADocumentNamedWithTheirModifier() {
        var ms = run(r, "出台助企纾困“十五条”。");
        assertThat(labels(ms, EntityType.Document)).containsExactly("助企纾困十五条");
        assertThat(labels(ms, EntityType.Policy)).isEmpty();
    }

    @Test
    void problemCountsAndClassQualifiersAreNotFormulas() {
        assertThat(labels(run(r, "查找“四个不足”，服务“两新”组织。"), EntityType.Policy)).isEmpty();
    }

    @Test
    void parallelPairNamedAsAPractice() {
        assertThat(labels(run(r, "借鉴“一窗受理、一网通办”等经验，做到“等一等、看一看”。"), EntityType.Policy))
                .containsExactly("一窗受理、一网通办");
    }
}
