package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class PersonPlaceRecognizerTest {
    private final PersonPlaceRecognizer r = new PersonPlaceRecognizer(Gazetteer.standard());

    @Test
    void anonymisedPersonsAreNeverNames() {
        assertThat(labels(run(r, "XX同志和XXX同志参加会议。"), EntityType.Person)).isEmpty();
    }

    @Test
    void titledNameIsAPerson() {
        assertThat(labels(run(r, "会上，王建国同志作了讲话。"), EntityType.Person)).containsExactly("王建国");
    }

    @Test
    void placeholderPlaceButNotPlaceholderBody() {
        var ms = run(r, "XX县地处山区，XX县委高度重视。");
        assertThat(labels(ms, EntityType.Place)).containsExactly("XX县");
    }

    @Test
    void namedCommunitiesInAList() {
        assertThat(labels(run(r, "覆盖重点社区，如阳光社区、河畔社区。"), EntityType.Place)).containsExactly("阳光社区", "河畔社区");
    }

    @Test
    void dictionaryProvinceIsAPlace() {
        var places = run(r, "我们赴浙江省学习考察。").stream().filter(m -> m.type() == EntityType.Place).toList();
        assertThat(places).extracting(Mention::text).contains("浙江省");
        assertThat(places).extracting(Mention::label).contains("浙江");
    }

    @Test
    void prefecturesInAListAndAfterAVerbOfGoing() {
        assertThat(labels(run(r, "赣州、吉安两地联合开展帮扶。"), EntityType.Place)).containsExactly("赣州", "吉安");
        assertThat(labels(run(r, "代表团赴昆明调研。"), EntityType.Place)).containsExactly("昆明");
    }

    @Test
    void fullDivisionNameMapsToItsShortLabel() {
        var ms = run(r, "延边朝鲜族自治州与海口市签订协议。");
        assertThat(labels(ms, EntityType.Place)).containsExactly("延边", "海口");
    }

    @Test
    void countyShortFormsNeedTheSpeechRegionOrContext() {
        assertThat(labels(run(r, "云南省召开现场会。云南干部群众表示支持。祥云发展很快。"), EntityType.Place)).contains("祥云");
        assertThat(labels(run(r, "浙江省召开现场会。浙江干部群众表示支持。祥云发展很快。"), EntityType.Place)).doesNotContain("祥云");
    }

    @Test
    void placesUsedAsAttributesOrInsideWordsOrSchoolNamesAreNot() {
        assertThat(labels(run(r, "坚持中国特色，推进城中村改造，大家同心同德。"), EntityType.Place)).isEmpty();
        assertThat(labels(run(r, "他考入昆明理工大学。"), EntityType.Place)).isEmpty();
        assertThat(labels(run(r, "深化中非合作，促进和平发展。"), EntityType.Place)).isEmpty();
        assertThat(labels(run(r, "项目落户深圳盐田。"), EntityType.Place)).containsExactly("深圳", "盐田");
    }

    @Test
    void placeWithAGeographicHeadIsOnePlace() {
        assertThat(labels(run(r, "三亚湾沿线游客增多。"), EntityType.Place)).containsExactly("三亚湾");
    }

    @Test
    void roleBeforeTheName() {
        assertThat(labels(run(r, "会议由省长张三主持。"), EntityType.Person)).containsExactly("张三");
        assertThat(labels(run(r, "协助校长管好财务，校长任副组长。"), EntityType.Person)).isEmpty();
    }

    @Test
    void bylineNameSpacedOrAfterARole() {
        assertThat(labels(run(r, "工作报告\n赵  平\n各位代表："), EntityType.Person)).containsExactly("赵平");
        assertThat(labels(run(r, "工作报告\n某某省省长 孙立军\n各位代表："), EntityType.Person)).containsExactly("孙立军");
    }

    @Test
    void namesListedBeforeACountedTitle() {
        assertThat(labels(run(r, "比赛中，周明远、吴佳宁2位同学获一等奖。"), EntityType.Person))
                .containsExactlyInAnyOrder("周明远", "吴佳宁");
    }
}
