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
        assertThat(Labels.organizationKind("省委第X巡视组")).isEmpty();
        assertThat(Labels.organizationKind("X市X区委")).isEmpty();
    }

    @Test
    void aLoneXWhereANumberOrNameStandsIsAPlaceholder() {
        assertThat(Labels.organizationKind("X市委")).contains("市委");
        assertThat(Labels.hasPlaceholder("第Ｘ巡视组")).isTrue();
        assertThat(Labels.hasPlaceholder("X县人民法院")).isTrue();
        assertThat(Labels.hasPlaceholder("5G基站")).isFalse();
        assertThat(Labels.hasPlaceholder("APEC会议")).isFalse();
        assertThat(Labels.hasPlaceholder("X射线检测")).isFalse();
        assertThat(Labels.hasPlaceholder("XBB毒株")).isFalse();
    }
}
