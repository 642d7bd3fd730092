package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class HeadNounRecognizerTest {
    private final HeadNounRecognizer r = new HeadNounRecognizer(Gazetteer.standard());

    @Test
    void meetingNamedByItsModifier() {
        assertThat(labels(run(r, "3月5日，县委召开全县禁毒工作推进会。"), EntityType.Event)).containsExactly("全县禁毒工作推进会");
    }

    @Test
    void bareRoutineMeetingIsNotAnEvent() {
        assertThat(labels(run(r, "我们召开了座谈会，听取意见。"), EntityType.Event)).isEmpty();
    }

    @Test
    void namedMeetingsThatStandAlone() {
        assertThat(labels(run(r, "认真开好专题民主生活会。"), EntityType.Event)).containsExactly("专题民主生活会");
    }

    @Test
    void batchOfACampaignAndCongress() {
        var ms = run(r, "2023年，第二批主题教育启动，我们学习党的XX大精神。");
        assertThat(labels(ms, EntityType.Campaign)).contains("第二批主题教育");
        assertThat(labels(ms, EntityType.Event)).contains("党的二十大");
    }

    @Test
    void localModifierOfACuratedCampaignIsNotANewCampaign() {
        assertThat(labels(run(r, "扎实开展机关党史学习教育。"), EntityType.Campaign)).isEmpty();
    }

    @Test
    void leadersThoughtOnASubjectIsAPolicy() {
        assertThat(labels(run(r, "深入学习习近平总书记关于网络强国的重要思想。"), EntityType.Policy))
                .containsExactly("习近平总书记关于网络强国的重要思想");
    }

    @Test
    void governingVerbsAreNotPartOfTheName() {
        assertThat(labels(run(r, "深入开展打击治理电信网络诈骗专项行动。"), EntityType.Campaign))
                .containsExactly("打击治理电信网络诈骗专项行动");
    }

    @Test
    void whatAMeetingReplacesIsNotPartOfItsName() {
        assertThat(labels(run(r, "不能以观看视频代替专题研讨，防止拼凑、代写专题民主生活会材料。"), EntityType.Event))
                .noneMatch(l -> l.contains("代替") || l.contains("代写"));
    }

    @Test
    void aBodyThatIsPartOfACuratedNameIsNotItsPossessor() {
        var ms = Fixtures.extract("按照中央农村工作会议部署，县委农村工作会议提出三项任务。").mentions();
        assertThat(labels(ms, EntityType.Event)).containsExactlyInAnyOrder("中央农村工作会议", "农村工作会议");
        assertThat(ms).filteredOn(m -> m.label().equals("农村工作会议")).allMatch(m -> m.surface().equals("农村工作会议")
                && m.start() > 10);
    }

    @Test
    void aModifierOfScaleKindOrSeasonNamesNoMeeting() {
        var ms = run(r, "学院举办了国际研讨会和省级理论研讨会，召开暑期工作会议，采取个别访谈、开座谈会等方式。");
        assertThat(labels(ms, EntityType.Event)).isEmpty();
        assertThat(labels(run(r, "学校召开暑期党建工作推进会。"), EntityType.Event)).containsExactly("暑期党建工作推进会");
    }

    @Test
    void aCuratedNameIsNotCutAtAnAdverbInside() {
        var ms = Fixtures.extract("全市扎实开展深入贯彻中央八项规定精神学习教育。").mentions();
        assertThat(labels(ms, EntityType.Campaign)).containsExactly("深入贯彻中央八项规定精神学习教育");
    }
}
