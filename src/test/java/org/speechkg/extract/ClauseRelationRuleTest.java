package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseRelationRuleTest {
    private static List<String> organizedBy(String text) {
        return Fixtures.extract(text).relations().stream().filter(r -> r.relation() == Relation.organizedBy)
                .map(r -> r.subject().label() + " ← " + r.object().label()).toList();
    }

    @Test
    void theBodyThatCarriesOutDecisionsRunsTheCampaign() {
        assertThat(organizedBy("县委政法委认真贯彻落实上级决策部署，精心谋划，推动党史学习教育走深走实。"))
                .containsExactly("党史学习教育 ← 县委政法委");
    }

    @Test
    void aBodyWhoseDecisionsAreCarriedOutDoesNotRunWhatTheSentenceListsNext() {
        assertThat(organizedBy("我们认真贯彻党中央、国务院决策部署，扎实推进乡村振兴战略和美丽中国建设。")).isEmpty();
        assertThat(organizedBy("认真落实党中央关于高质量发展的决策部署，深入实施科教兴国战略。")).isEmpty();
    }

    @Test
    void aCampaignWrittenBeforeItsVerbIsRunByTheAuthor() {
        assertThat(organizedBy("县委政法委2030年工作总结\n平安建设专项行动深入开展，矛盾纠纷化解有力。"))
                .contains("平安建设专项行动 ← 县委政法委");
    }

    @Test
    void whatIsStudiedIsNotOrganizedAndTheCountryIsNotTheAuthor() {
        assertThat(organizedBy("县委政法委2030年工作总结\n组织学习党的二十大精神。我国成功举办杭州亚运会。")).isEmpty();
    }

    @Test
    void aTitleNamingItsIssuerIsNotAlsoAscribedToTheAuthor() {
        List<String> issued = Fixtures.extract("县委政法委2030年工作总结\n印发《中共XX市委关于加强基层治理的意见》。")
                .relations().stream().filter(r -> r.relation() == Relation.issuedBy)
                .map(r -> r.object().label()).toList();
        assertThat(issued).doesNotContain("县委政法委");
    }

    @Test
    void bodiesJoinedToTheSubjectIssueTogether() {
        List<String> issuers = Fixtures.extract("近日，中央和省委相继印发《关于加强基层治理的意见》。").relations().stream()
                .filter(r -> r.relation() == Relation.issuedBy).map(r -> r.object().label()).toList();
        assertThat(issuers).contains("党中央", "省委");
    }

    @Test
    void aCampaignUnderABodysLeadershipIsOrganizedByIt() {
        assertThat(organizedBy("这次主题教育在中央政治局常委会领导下开展。")).contains("主题教育 ← 中央政治局常委会");
    }

    @Test
    void unitsSetUpToBeInChargeOfACampaignOrganizeIt() {
        assertThat(organizedBy("成立党史学习教育领导小组，负责党史学习教育的组织实施。"))
                .contains("党史学习教育 ← 党史学习教育领导小组");
    }
}
