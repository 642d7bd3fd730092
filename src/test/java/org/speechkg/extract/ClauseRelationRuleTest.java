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
}
