package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A paragraph no rule was written for (it comes from the extraction issue, not from any speech of the
 * development set): places in a list, events named by place and head, a governor before his name, a
 * university with its internal unit, international bodies and campaigns named by their head. A reader
 * finds the nineteen typed entities below; the whole extractor must find at least fifteen of them.
 */
class GeneralParagraphTest {
    private static final String PARAGRAPH = "去年，海口、三亚、儋州经济圈建设加快，杭州亚运会和成都大运会成功举办。"
            + "省长刘小明代表省人民政府作报告。南开大学党委组织部召开会议，北京大学和清华大学参加。"
            + "联合国粮农组织在海口设立办公室。我们实施消费品以旧换新行动，推进城市更新行动和高标准农田建设。";

    private static final List<String> READER = List.of(
            "Place:海口", "Place:三亚", "Place:儋州", "Place:杭州", "Place:成都",
            "Event:杭州亚运会", "Event:成都大运会", "Person:刘小明",
            "Organization:省人民政府", "Organization:南开大学", "Organization:南开大学党委",
            "Organization:南开大学党委组织部", "Organization:北京大学", "Organization:清华大学",
            "Organization:联合国", "Organization:联合国粮农组织",
            "Campaign:消费品以旧换新行动", "Campaign:城市更新行动", "Campaign:高标准农田建设");

    @Test
    void findsWhatAReaderFinds() {
        Set<String> found = Fixtures.extract(PARAGRAPH).mentions().stream()
                .map(m -> m.type() + ":" + m.label()).collect(Collectors.toSet());
        List<String> hits = READER.stream().filter(found::contains).toList();
        assertThat(hits).as("found %s of %s; all found: %s", hits.size(), READER.size(), found).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void findsNoMarkupOrFragments() {
        assertThat(Fixtures.extract(PARAGRAPH).mentions()).allSatisfy(m -> {
            assertThat(m.label()).doesNotContain("，", "。", "和");
            assertThat(m.label().length()).isGreaterThanOrEqualTo(2);
        });
    }
}
