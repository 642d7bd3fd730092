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
    void theBodyThatConvenesAMeetingIsPartOfItsName() {
        // 中央经济工作会议, 省委经济工作会议: a meeting is named after the body that holds it (a campaign is not:
        // 市委党史学习教育 is the body's part of the drive).
        var ms = Fixtures.extract("按照中央农村工作会议部署，县委农村工作会议提出三项任务。").mentions();
        assertThat(labels(ms, EntityType.Event)).containsExactlyInAnyOrder("中央农村工作会议", "县委农村工作会议");
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

    @Test
    void programmesNamedByACompoundBeforeTheirHead() {
        var ms = run(r, "去年实施老旧小区改造提升行动，深化户籍制度改革，启动跨境数据流动管理试点，推进文化惠民工程。");
        assertThat(labels(ms, EntityType.Campaign)).containsExactlyInAnyOrder(
                "老旧小区改造提升行动", "户籍制度改革", "跨境数据流动管理试点", "文化惠民工程");
    }

    @Test
    void aVerbInsideTheNameIsKeptAfterTheGoverningVerb() {
        assertThat(labels(run(r, "高质量完成国企改革深化提升行动。"), EntityType.Campaign))
                .containsExactly("国企改革深化提升行动");
        assertThat(labels(run(r, "全面开展优化营商环境提升年活动。"), EntityType.Campaign))
                .containsExactly("优化营商环境提升年活动");
    }

    @Test
    void genericModifiersNameNoProgramme() {
        var ms = run(r, "统筹推进各项改革，以实际行动抓落实，建设一批重大水利工程，推进国企改革和农村改革，是一项系统工程。");
        assertThat(labels(ms, EntityType.Campaign)).isEmpty();
    }

    @Test
    void aQuotedModifierNamesAProgrammeAndAListSharesItsHead() {
        var ms = run(r, "开展“清朗”系列专项行动，坚决打好蓝天、碧水、净土保卫战。");
        assertThat(labels(ms, EntityType.Campaign)).containsExactlyInAnyOrder("清朗系列专项行动", "蓝天、碧水、净土保卫战");
    }

    @Test
    void aHeadThatGoesOnIntoALongerPhraseIsNoName() {
        var ms = run(r, "推进高等教育综合改革试点，成立乡村振兴示范工程研究中心。");
        assertThat(labels(ms, EntityType.Campaign)).containsExactly("高等教育综合改革试点");
    }

    @Test
    void namedGatheringsAndNumberedSessions() {
        var ms = run(r, "成功举办第三届中国—中亚峰会，召开全省优化营商环境大会，落实市委九届五次全会部署，出席金砖国家领导人会晤。");
        assertThat(labels(ms, EntityType.Event)).contains(
                "第三届中国—中亚峰会", "全省优化营商环境大会", "市委九届五次全会", "金砖国家领导人会晤");
    }

    @Test
    void aSessionWithoutItsNumberIsRoutine() {
        assertThat(labels(run(r, "党委常委会会议研究了有关事项，会后召开全体大会。"), EntityType.Event)).isEmpty();
    }

    @Test
    void shortFormsOfFairsAndGamesWithTheirPlace() {
        var ms = run(r, "办好厦洽会、农博会，备战西安全运会和第七届军运会，个人命运会随之改变。");
        assertThat(labels(ms, EntityType.Event)).containsExactlyInAnyOrder("厦洽会", "农博会", "西安全运会", "军运会");
    }

    @Test
    void aRoundOfInspectionIsACampaign() {
        assertThat(labels(run(r, "积极配合十九届中央第五轮巡视，抓好巡视整改。"), EntityType.Campaign))
                .containsExactly("十九届中央第五轮巡视");
    }

    @Test
    void aRepeatedDaFormulaIsADriveWhenCarriedOut() {
        assertThat(labels(run(r, "全县广泛开展大学习大讨论大落实，加大对重大项目的支持。"), EntityType.Campaign))
                .containsExactly("大学习大讨论大落实");
    }

    @Test
    void contestsAndWeeksNamedByTheirModifier() {
        var ms = run(r, "举办全区青年干部演讲比赛和全国节水宣传周活动，组织职工篮球比赛。");
        assertThat(labels(ms, EntityType.Event)).containsExactlyInAnyOrder("全区青年干部演讲比赛", "全国节水宣传周");
    }
}
