package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class OrganizationRecognizerTest {
    private final OrganizationRecognizer r = new OrganizationRecognizer();

    @Test
    void bodyWithDepartmentAndUnitAlsoNamesItsParents() {
        var ms = run(r, "上周县委政法委机关党支部召开了支部大会。");
        assertThat(labels(ms, EntityType.Organization)).contains("县委", "县委政法委");
        assertThat(run(r, "县委政法委党支部召开会议。").stream().map(Mention::label))
                .contains("县委政法委党支部", "县委政法委", "县委");
    }

    @Test
    void issuerPrefixIsDroppedFromTheLabelButKeptInTheSurface() {
        var ms = run(r, "中共XX县委作出部署。");
        Mention m = ms.stream().filter(x -> x.label().equals("XX县委")).findFirst().orElseThrow();
        assertThat(m.surface()).isEqualTo("中共XX县委");
    }

    @Test
    void numberedInspectionTeams() {
        assertThat(labels(run(r, "省委第五巡视组进驻我县。"), EntityType.Organization)).contains("省委第五巡视组", "省委");
    }

    @Test
    void coordinatedBodyInheritsTheLevel() {
        assertThat(labels(run(r, "认真落实乡党委、政府的决策部署。"), EntityType.Organization)).contains("乡党委", "乡政府");
    }

    @Test
    void leadingGroupAndItsOffice() {
        var ms = run(r, "成立了禁毒工作领导小组，领导小组下设办公室。");
        assertThat(labels(ms, EntityType.Organization)).contains("禁毒工作领导小组", "领导小组办公室");
    }

    @Test
    void classNounsAreNotOrganizations() {
        var ms = run(r, "各政法单位、政法机关和基层党组织要教育引导党员干部，政法系统要带头。");
        assertThat(labels(ms, EntityType.Organization)).isEmpty();
    }

    @Test
    void aSendingVerbOrACountIsNotPartOfTheName() {
        var sent = labels(run(r, "省委派出3个巡回指导组，乡镇一级不设指导组。"), EntityType.Organization);
        assertThat(sent).contains("省委").noneMatch(l -> l.contains("派出") || l.contains("3个") || l.contains("不设"));
    }
}
