package org.speechkg.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.speechkg.ingest.RawSpeech;

class SpeechCleanerTest {
    private static CleanSpeech clean(String text) {
        return new SpeechCleaner().clean(new RawSpeech("t", "t.txt", text, StandardCharsets.UTF_8));
    }

    @Test
    void paywallMarkersAndPasswordLinesAreRemovedAndKeptAsNoise() {
        CleanSpeech c = clean("标题\n##paidbegin##正文一句。\n本文档编辑密码：abc123\n结尾。##paidend##");
        assertThat(c.original()).doesNotContain("##paid").doesNotContain("密码").contains("正文一句。").contains("结尾。");
        assertThat(c.removedNoise()).hasSize(3);
    }

    @Test
    void passwordNoticeInsideALongLineRemovesOnlyTheNotice() {
        String body = "我们坚持问题导向，扎实推进各项工作落实。".repeat(10);
        CleanSpeech c = clean(body + "本文档编辑密码：wsx2023" + body);
        assertThat(c.original()).doesNotContain("密码").doesNotContain("wsx2023").hasSize(body.length() * 2);
    }

    @Test
    void obfuscationsAreUndoneAndMapBackToTheSurfaceAsWritten() {
        CleanSpeech c = clean("深入学习X习近平新时代思想，开展dangshi学习教育，维护ZZ安全和MG节点，XX市委部署。");
        assertThat(c.text()).contains("学习习近平新时代思想").contains("开展党史学习教育").contains("政治安全").contains("敏感节点")
                .contains("XX市委");
        int s = c.text().indexOf("习近平");
        assertThat(c.originalSpan(s, s + 3)).isEqualTo("X习近平");
        int d = c.text().indexOf("党史学习教育");
        assertThat(c.originalSpan(d, d + 6)).isEqualTo("dangshi学习教育");
        assertThat(c.substitutions()).hasSize(4);
    }

    @Test
    void lineBreakInsideATitleIsALayoutArtefact() {
        CleanSpeech c = clean("学习自治区《实施\n办法》要求。");
        assertThat(c.text()).contains("《实施办法》");
        assertThat(c.sentences()).hasSize(1);
    }

    @Test
    void sentencesEndAtTerminalPunctuationOrLineBreak() {
        CleanSpeech c = clean("第一句。第二句！“第三句？”\n第四行");
        assertThat(c.sentences()).extracting(Sentence::text).containsExactly("第一句。", "第二句！", "“第三句？”", "第四行");
    }

    @Test
    void endlessTextIsCutIntoBoundedSentencesAtClauseMarks() {
        String text = "推进平安建设，".repeat(1000);
        CleanSpeech c = clean(text);
        assertThat(c.sentences()).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(SpeechCleaner.MAX_SENTENCE));
        assertThat(c.sentences()).allSatisfy(s -> assertThat(s.text()).endsWith("，"));
        assertThat(c.sentences().stream().mapToInt(s -> s.text().length()).sum()).isEqualTo(text.length());
    }

    @Test
    void terminalMarksInsideQuotationsOrTitlesDoNotEndTheSentence() {
        CleanSpeech c = clean("他强调：“要守底线。要勇担当！”随后部署工作。会议指出：“要严；要实”，并学习《问题在哪里？》一文。");
        assertThat(c.sentences()).extracting(Sentence::text).containsExactly(
                "他强调：“要守底线。要勇担当！”", "随后部署工作。", "会议指出：“要严；要实”，并学习《问题在哪里？》一文。");
    }

    @Test
    void nestedQuotationsEndOnlyAfterTheOuterMark() {
        CleanSpeech c = clean("他说：“群众讲‘办得好。’我们还要努力。”大家鼓掌。");
        assertThat(c.sentences()).extracting(Sentence::text)
                .containsExactly("他说：“群众讲‘办得好。’我们还要努力。”", "大家鼓掌。");
    }

    @Test
    void anUnclosedQuotationDoesNotSwallowTheParagraph() {
        CleanSpeech c = clean("他说：“第一句。第二句。第三句。\n下一段。");
        assertThat(c.sentences()).extracting(Sentence::text)
                .containsExactly("他说：“第一句。", "第二句。", "第三句。", "下一段。");
    }
}
