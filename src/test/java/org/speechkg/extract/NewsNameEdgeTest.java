package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

/** The left edge of head-noun names in news sentences: subjects, their verbs and function words stay outside. */
class NewsNameEdgeTest {
    private final HeadNounRecognizer r = new HeadNounRecognizer(Gazetteer.standard());

    private java.util.List<String> campaigns(String text) {
        return labels(run(r, text), EntityType.Campaign);
    }

    private java.util.List<String> events(String text) {
        return labels(run(r, text), EntityType.Event);
    }

    @Test
    void anActorAndItsVerbAreNotPartOfACampaign() {
        assertThat(campaigns("据报道，某国发动军事行动。")).isEmpty();
        assertThat(campaigns("据报道，美国多地反对打击走私执法行动。")).noneMatch(l -> l.contains("反对") || l.contains("多地"));
        assertThat(campaigns("据报道，双方停止敌对行动。")).isEmpty();
    }

    @Test
    void aVerbRightBeforeTheHeadAndACommonNounSubjectStayInside() {
        assertThat(campaigns("今年深入实施城市更新行动。")).containsExactly("城市更新行动");
        assertThat(campaigns("我们实施家电以旧换新行动。")).containsExactly("家电以旧换新行动");
        assertThat(campaigns("开展服务业扩大开放综合试点。")).containsExactly("服务业扩大开放综合试点");
    }

    @Test
    void aBodyIsNotAReform() {
        assertThat(campaigns("省发展改革委牵头负责。")).isEmpty();
    }

    @Test
    void aHeadThatStartsALongerWordIsNoHead() {
        assertThat(campaigns("过去长期实行计划生育政策。")).isEmpty();
    }

    @Test
    void countsAndConjunctionsStartNoName() {
        assertThat(campaigns("当地开展了多轮打击行动。")).isEmpty();
        assertThat(events("该展会已连续举办5届农业博览会。")).containsExactly("农业博览会");
        assertThat(events("今天进入开幕后的第8个比赛日，第8个比赛结束。")).isEmpty();
        assertThat(events("而进博会也吸引了众多客商。")).containsExactly("进博会");
    }

    @Test
    void anEditionIsNotACount() {
        assertThat(events("会议期间举行了某某运动第19次峰会。")).anyMatch(l -> l.endsWith("第19次峰会") && l.length() > 7);
    }

    @Test
    void aVerbBeforeAnEventIsNotPartOfIt() {
        assertThat(events("她曾经卫冕亚运会冠军。")).containsExactly("亚运会");
        assertThat(events("代表团收获第十五届全国运动会金牌。")).containsExactly("第十五届全国运动会");
        assertThat(events("北京举办庆祝青年志愿者协会成立30周年大会。")).anyMatch(l -> l.startsWith("庆祝"));
    }

    @Test
    void aMeetingNamedByItsVerbIsNotTheVerb() {
        assertThat(events("召开全县普查工作推进会暨普查领导小组第三次会议。")).noneMatch(l -> l.startsWith("会暨"));
    }

    @Test
    void anAdverbAndVerbAfterASubjectArePredicate() {
        assertThat(campaigns("某市不断提升改革成效，某地离开不断改革就没有出路。")).isEmpty();
        assertThat(campaigns("今年，深入挖掘冰雪运动潜力。")).isEmpty();
    }

    @Test
    void aQuotedSloganNamesASeminar() {
        assertThat(events("举办“不断开辟新境界”理论研讨会。")).anyMatch(l -> l.startsWith("不断开辟"));
    }

    @Test
    void reportingAndMeetingVerbsEndTheSubject() {
        assertThat(campaigns("某国称边境地区军事行动已经结束。")).noneMatch(l -> l.contains("称"));
        assertThat(events("主席在宾馆会见青年企业家协会第三届会员代表大会代表。"))
                .containsExactly("青年企业家协会第三届会员代表大会");
        assertThat(events("总统访华并来华出席世界青年发展论坛北京峰会。")).noneMatch(l -> l.contains("出席"));
    }

    @Test
    void aScaleDoesNotNameACompound() {
        assertThat(campaigns("某国展开大规模军事行动。")).isEmpty();
        assertThat(campaigns("据悉，俄方将确定下一步行动。")).isEmpty();
    }
}
