package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class DocumentHeadsTest {
    private final DocumentRecognizer r = new DocumentRecognizer();

    private java.util.List<String> docs(String text) {
        return labels(run(r, text), EntityType.Document);
    }

    @Test
    void aboutTitleWithoutBrackets() {
        assertThat(docs("标题\n省政府印发关于加快数字经济发展的意见，各地抓好落实。")).containsExactly("关于加快数字经济发展的意见");
    }

    @Test
    void planDrawnUpIsNamedByItsSubjectAndPeriod() {
        assertThat(docs("标题\n今年将编制“十五五”规划纲要。")).containsExactly("十五五规划纲要");
        assertThat(docs("标题\n制定实施沿海滩涂综合利用规划，深入实施湿地保护修复行动计划。"))
                .containsExactly("沿海滩涂综合利用规划", "湿地保护修复行动计划");
    }

    @Test
    void governedThroughAnAspectParticle() {
        assertThat(docs("标题\n我县制定了全县河道治理三年行动方案，启动了停车场设计规划。")).containsExactly("全县河道治理三年行动方案");
    }

    @Test
    void lawEnactedAfterACompoundName() {
        assertThat(docs("标题\n外商投资法颁布实施。坚持依法行政，严格执法。")).containsExactly("外商投资法");
        assertThat(docs("标题\n改进工作方法，拿出办法。")).isEmpty();
    }

    @Test
    void genericPlansAndFeedbackAreNotDocuments() {
        assertThat(docs("标题\n制定整改方案，认真研究巡视组反馈意见，改进工作方法。")).isEmpty();
        assertThat(docs("标题\n党委制定工作方案。")).isEmpty();
    }

    @Test
    void aListOfRulesIsAListOfDocuments() {
        assertThat(docs("标题\n渔船登记目录、港口作业安全清单、码头收费管理办法等出台。"))
                .containsExactly("渔船登记目录", "港口作业安全清单", "码头收费管理办法");
    }

    @Test
    void theSpeechOwnTitleIsNotACitedDocument() {
        assertThat(docs("政府工作报告\n各位代表：现在我代表政府报告工作。")).isEmpty();
    }

    @Test
    void aBodyAndItsVerbAreTheSubjectNotTheTitle() {
        assertThat(docs("标题\n教育部梳理公证证明材料清单，公布施行。")).containsExactly("公证证明材料清单");
        assertThat(docs("标题\n当地十五五规划纲要提出目标。")).noneMatch(l -> l.startsWith("当地"));
    }
}
