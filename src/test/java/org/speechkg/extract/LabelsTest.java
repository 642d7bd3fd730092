package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void kindDropsALeadingPlaceholder() {
        assertThat(Labels.organizationKind("XX市委")).contains("市委");
        assertThat(Labels.organizationKind("某市委")).contains("市委");
        assertThat(Labels.organizationKind("ＸＸ县委政法委")).contains("县委政法委");
        assertThat(Labels.organizationKind("*乡推进四项制度、促进三治融合工作领导小组")).contains("乡推进四项制度、促进三治融合工作领导小组");
    }

    @Test
    void kindOfAPlainLabelIsTheLabel() {
        assertThat(Labels.organizationKind("市委政法委")).contains("市委政法委");
        assertThat(Labels.organizationKind("党中央")).contains("党中央");
    }

    @Test
    void noKindWhenThePlaceholderIsInsideOrIsAllThereIs() {
        assertThat(Labels.organizationKind("省委第XX巡视组")).isEmpty();
        assertThat(Labels.organizationKind("XX市XX区委")).isEmpty();
        assertThat(Labels.organizationKind("XX")).isEmpty();
    }
}
