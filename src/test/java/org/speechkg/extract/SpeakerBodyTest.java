package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who speaks: the body a report speaks for, used as the subject of its verbs and the owner of its units. */
class SpeakerBodyTest {
    private static final String PROVINCIAL_REPORT = String.join("\n",
            "政府工作报告",
            "——2031年1月20日在江南省第九届人民代表大会第三次会议上",
            "江南省省长 张三",
            "各位代表：",
            "现在，我代表江南省人民政府，向大会报告工作，请予审议。",
            "一年来，我们深入开展营商环境提升专项行动，制定《江南省促进民营经济发展条例实施办法》。",
            "省政府办公厅加强督查。");

    private static final String UNIVERSITY_REPORT = String.join("\n",
            "中共东湖大学委员会关于巡视整改进展情况的通报",
            "根据统一部署，省委巡视组对东湖大学开展了巡视，并向东湖大学党委反馈了巡视意见。",
            "学校党委召开巡视整改动员大会。",
            "我校开展师德师风专项行动，党委宣传部牵头组织。",
            "修订学校《实验室安全管理办法》。",
            "结合学校《宿舍管理规定》，完善制度。");

    private static final String PERSONAL_SPEECH = String.join("\n",
            "在全市干部大会上的讲话",
            "同志们：",
            "今天，我代表市委向大家表示感谢。",
            "我们要深入开展作风建设专项行动，召开专题民主生活会。");

    private static List<String> relations(Extraction ex, Relation r) {
        return ex.relations().stream().filter(x -> x.relation() == r)
                .map(x -> x.subject().label() + " → " + x.object().label()).distinct().toList();
    }

    @Test
    void aProvincialGovernmentReportSpeaksForTheProvincesGovernment() {
        Extraction ex = Fixtures.extract(PROVINCIAL_REPORT);
        assertThat(ex.metadata().body()).hasValueSatisfying(b -> {
            assertThat(b.label()).isEqualTo("江南省人民政府");
            assertThat(b.level()).isEqualTo("省");
        });
        assertThat(relations(ex, Relation.organizedBy)).contains("营商环境提升专项行动 → 江南省人民政府");
        assertThat(relations(ex, Relation.subOrganizationOf)).contains("省政府办公厅 → 江南省人民政府");
    }

    @Test
    void theNationalReportSpeaksForTheStateCouncil() {
        String text = "政府工作报告\n国务院总理 李四\n各位代表：\n现在，我向大会报告政府工作。\n一年来，我们实施乡村建设行动。";
        assertThat(MetadataReader.speaker(text, "政府工作报告", "政府工作报告")).hasValueSatisfying(b -> {
            assertThat(b.label()).isEqualTo("国务院");
            assertThat(b.level()).isEqualTo("国家");
        });
    }

    @Test
    void anInstitutionsReportOnItselfSpeaksForItsPartyCommittee() {
        Extraction ex = Fixtures.extract(UNIVERSITY_REPORT);
        assertThat(ex.metadata().body()).hasValueSatisfying(b -> {
            assertThat(b.label()).isEqualTo("东湖大学党委");
            assertThat(b.institution()).contains("东湖大学");
        });
        List<String> organized = relations(ex, Relation.organizedBy);
        assertThat(organized).contains("巡视整改动员大会 → 东湖大学党委", "师德师风专项行动 → 东湖大学党委");
        assertThat(relations(ex, Relation.issuedBy)).contains("实验室安全管理办法 → 东湖大学", "宿舍管理规定 → 东湖大学");
    }

    @Test
    void anInternalUnitWrittenWithoutItsOwnerBelongsToTheSpeakingBody() {
        SpeakerBody body = new SpeakerBody("东湖大学党委", "单位", Optional.of("东湖大学"), "中共东湖大学委员会");
        SpeechMetadata md = new SpeechMetadata("t", Optional.of("通报"), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.of(body));
        List<Mention> all = List.of(org("东湖大学党委", 0), org("东湖大学", 10), org("党委宣传部", 20),
                org("学校纪委", 30), org("市委宣传部", 40), org("市委", 40));
        List<String> parents = DerivedRelations.fromNames(all, Optional.of(all.get(0)), md).stream()
                .map(r -> r.subject().label() + " → " + r.object().label()).toList();
        assertThat(parents).contains("党委宣传部 → 东湖大学党委", "学校纪委 → 东湖大学", "东湖大学党委 → 东湖大学",
                "市委宣传部 → 市委");
        assertThat(parents).noneMatch(p -> p.startsWith("市委宣传部 → 东湖"));
    }

    private static Mention org(String label, int start) {
        return new Mention(EntityType.Organization, label, label, label, 0, start, start + label.length(),
                start, start + label.length(), "test");
    }

    @Test
    void aReportOnFixingInspectionFindingsSpeaksForTheBodyInspected() {
        String text = "一、总体情况\n省委第三巡视组向西山学院党委反馈了巡视意见。现将巡视整改进展情况予以公布。";
        assertThat(MetadataReader.speaker(text, "一、总体情况", "整改情况报告"))
                .hasValueSatisfying(b -> assertThat(b.label()).isEqualTo("西山学院党委"));
    }

    @Test
    void aPersonalSpeechMakesNoBodyTheSubject() {
        Extraction ex = Fixtures.extract(PERSONAL_SPEECH);
        assertThat(ex.metadata().body()).isEmpty();
        assertThat(relations(ex, Relation.organizedBy)).isEmpty();
    }

    @Test
    void aCommitteesReportToItsCongressSpeaksForTheCommitteeNotItsTerm() {
        String text = "在中国共产党XX市第九次代表大会上的报告\n同志们：\n现在，我代表中共XX市第八届委员会向大会作报告。";
        assertThat(MetadataReader.speaker(text, "在中国共产党XX市第九次代表大会上的报告", "工作报告"))
                .hasValueSatisfying(b -> {
                    assertThat(b.label()).isEqualTo("XX市委");
                    assertThat(b.level()).isEqualTo("市");
                });
    }

    @Test
    void aBodyNamedByItsHeadAloneIsNotASpeakerButASchoolsCommitteeIsReadFromItsName() {
        assertThat(MetadataReader.speaker("工作报告\n我代表党组，向大家报告工作。", "工作报告", "工作报告")).isEmpty();
        String school = "工作报告\n我代表学校党委，向大会报告工作。\n制定《南湖中学课后服务实施方案》。";
        assertThat(MetadataReader.speaker(school, "工作报告", "工作报告")).hasValueSatisfying(b -> {
            assertThat(b.label()).isEqualTo("南湖中学党委");
            assertThat(b.institution()).contains("南湖中学");
        });
    }
}
