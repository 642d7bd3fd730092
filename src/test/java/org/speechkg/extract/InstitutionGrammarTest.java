package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstitutionGrammarTest {
    private static List<String> names(String sentence) {
        return InstitutionGrammar.find(sentence).stream().map(InstitutionGrammar.Name::label).toList();
    }

    @Test
    void ownerAndEachUnitPrefixAreNames() {
        assertThat(names("武汉大学党委宣传部召开会议。")).containsExactly("武汉大学", "武汉大学党委", "武汉大学党委宣传部");
    }

    @Test
    void levelOrPlaceBeforeAnInstitutionHead() {
        assertThat(names("省财政厅和湖北省人民医院派员参加。")).contains("省财政厅", "湖北省人民医院");
        assertThat(names("他曾在中国石化集团公司工作。")).contains("中国石化集团公司");
    }

    @Test
    void unitsWrittenWithoutTheirOwner() {
        assertThat(names("校长办公会研究决定，由学校纪委和党委组织部牵头，行政支部配合。"))
                .contains("校长办公会", "学校纪委", "党委组织部", "行政支部");
    }

    @Test
    void topicNamedBodies() {
        assertThat(names("成立课程建设指导委员会，依托环境科学研究院开展工作。")).contains("课程建设指导委员会", "环境科学研究院");
    }

    @Test
    void classNounsAndDeterminersYieldNothing() {
        assertThat(names("各学院、有关部门、二级学院和基层党组织要教育党员干部。")).isEmpty();
        assertThat(names("全省各级党委要加强对学校的领导。")).isEmpty();
    }

    @Test
    void aHeadInsideALongerWordIsNoHead() {
        assertThat(names("大学生要认真处理好工作部署中的难处，为群众办实事。")).isEmpty();
    }

    @Test
    void aGoverningVerbIsNotPartOfTheName() {
        assertThat(names("省纪委监督检查学校党委落实情况，合并后勤服务处。")).contains("学校党委", "后勤服务处")
                .noneMatch(n -> n.contains("检查") || n.contains("合并"));
    }

    @Test
    void aScopeAloneDoesNotMakeAName() {
        assertThat(names("进入中国大学排名前列，与国际组织合作。")).isEmpty();
    }

    @Test
    void anOrganizationWordOpeningANameIsABodyToo() {
        assertThat(names("联合国开发计划署驻华代表处派员参加。")).contains("联合国", "联合国开发计划署驻华代表处");
    }

    @Test
    void aCountBeforeTheNameMakesAKind() {
        assertThat(names("全省建成3个技术创新中心和两所大学。")).isEmpty();
    }

    @Test
    void aStudyGroupNeedsItsCommittee() {
        assertThat(names("院党委理论中心组开展集体学习，理论中心组带头学。")).containsExactly("院党委", "院党委理论中心组");
    }

    @Test
    void companiesAndBanksNamedByAProperWord() {
        assertThat(names("与华为技术有限公司签署协议，中国工商银行加大信贷投放。")).contains("华为技术有限公司", "中国工商银行");
        assertThat(names("中小企业和上市公司要规范经营，商业银行要加大投放。")).isEmpty();
    }
}
