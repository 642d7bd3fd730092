package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class PolicyGrammarTest {
    private final PolicyGrammar r = new PolicyGrammar();

    private java.util.List<String> policies(String text) {
        return labels(run(r, text), EntityType.Policy);
    }

    @Test
    void strategyWithANamingModifier() {
        assertThat(policies("深入实施创新驱动发展战略，落实全面节约战略。")).containsExactly("创新驱动发展战略", "全面节约战略");
        assertThat(policies("服务国家战略，提高战略思维。")).isEmpty();
        assertThat(policies("实施我国能源安全战略。")).containsExactly("能源安全战略");
    }

    @Test
    void itemsOfAListClosedByStrategies() {
        assertThat(policies("深入实施西部开发、沿海率先发展等战略。")).containsExactly("西部开发", "沿海率先发展");
    }

    @Test
    void responsibilitySystems() {
        assertThat(policies("全面落实河长制，执行首问负责制。")).containsExactly("河长制", "首问负责制");
        assertThat(policies("反对家长制作风。")).isEmpty();
    }

    @Test
    void systemsCarriedOutOrBuiltWhenNamed() {
        assertThat(policies("健全生态保护补偿制度，完善学习制度，落实各项规章制度。")).containsExactly("生态保护补偿制度");
        assertThat(policies("坚持集中学习制度，健全村级财务管理制度。")).isEmpty();
    }

    @Test
    void outlooksOfTheBigShape() {
        assertThat(policies("践行大农业观、大食物观。")).containsExactly("大农业观", "大食物观");
    }

    @Test
    void aPersonsSpiritInTheWholePipeline() {
        assertThat(labels(Fixtures.extract("标题\n大力弘扬焦裕禄精神。").mentions(), EntityType.Policy)).contains("焦裕禄精神");
    }

    @Test
    void relevantPoliciesAreNoName() {
        assertThat(policies("落实有关政策和相关制度。")).isEmpty();
    }
}
