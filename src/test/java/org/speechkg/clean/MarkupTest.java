package org.speechkg.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.speechkg.ingest.RawSpeech;

/** Web markup and page boilerplate reach neither the published text nor the sentences extraction reads. */
class MarkupTest {
    private static CleanSpeech clean(String text) {
        return new SpeechCleaner().clean(new RawSpeech("t", "t.txt", text, StandardCharsets.UTF_8));
    }

    @Test
    void htmlTagsGoAndBlockTagsBreakTheLine() {
        CleanSpeech c = clean("<p><strong>本台消息</strong>：全市召开推进会。</p><p>座谈会在市里召开。<br/>会议&nbsp;强调&amp;部署。</p>");
        assertThat(c.original()).doesNotContain("<").doesNotContain(">").doesNotContain("&nbsp;").doesNotContain("&amp;")
                .contains("本台消息：全市召开推进会。").contains("会议 强调&部署。");
        assertThat(c.sentences()).extracting(Sentence::text)
                .containsExactly("本台消息：全市召开推进会。", "座谈会在市里召开。", "会议 强调&部署。");
        assertThat(c.removedNoise()).contains("<p>", "</strong>", "&nbsp;");
    }

    @Test
    void escapedMarkupAndCommentsGoTooButALessThanSignInTextStays() {
        CleanSpeech c = clean("<!-- 正文开始 -->增速&lt;span&gt;不低于&lt;/span&gt;百分之五，且a<b时成立。");
        assertThat(c.original()).isEqualTo("增速不低于百分之五，且a<b时成立。");
    }

    @Test
    void markdownMarkupGoesAndItsTextStays() {
        CleanSpeech c = clean("# 在全区工作会议上的讲话\n\n## 一、总体要求\n> 引用的一句话。\n- 抓好**重点任务**落实\n"
                + "* 推进__基层治理__\n---\n详见[工作方案](https://example.org/plan.html)。![示意图](img/a.png)\n```\n代码\n```");
        assertThat(c.original()).doesNotContain("#").doesNotContain("**").doesNotContain("](").doesNotContain("---")
                .doesNotContain("```").doesNotContain("__").doesNotContain("示意图");
        assertThat(c.sentences()).extracting(Sentence::text).containsExactly("在全区工作会议上的讲话", "一、总体要求",
                "引用的一句话。", "抓好重点任务落实", "推进基层治理", "详见工作方案。", "代码");
    }

    @Test
    void placeholderAsterisksAreNoEmphasis() {
        CleanSpeech c = clean("*县和**县**镇的同志，\\*市的同志。");
        assertThat(c.original()).isEqualTo("*县和**县**镇的同志，*市的同志。");
    }

    @Test
    void footnoteMarkersGoButListNumbersStay() {
        CleanSpeech c = clean("学习重要讲话精神[2]，落实《实施意见》［15］要求[注1]，坚持人民至上①。\n①加强组织领导；②压实工作责任。\n"
                + "国办发[2023]12号文件");
        assertThat(c.original()).isEqualTo("学习重要讲话精神，落实《实施意见》要求，坚持人民至上。\n①加强组织领导；②压实工作责任。\n"
                + "国办发[2023]12号文件");
    }

    @Test
    void pageBoilerplateLinesGoButAParagraphThatNamesASourceStays() {
        String paragraph = "要拓宽资金来源：一是争取上级支持，二是引导社会资本投入，三是盘活存量资产。\n依法保护版权所有者的合法权益。";
        CleanSpeech c = clean("在全市大会上的讲话\n" + paragraph + "（责任编辑：王五）\n责任编辑：张三\n来源：某某日报\n"
                + "分享到：微信 微博\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\nCopyright © 2024 某某网 版权所有\n");
        assertThat(c.original()).isEqualTo("在全市大会上的讲话\n" + paragraph);
        assertThat(c.removedNoise()).contains("责任编辑：张三", "（责任编辑：王五）");
    }

    @Test
    void invisibleCharactersInsideWordsGo() {
        CleanSpeech c = clean("市委政法\u200B委员会召开全体\u00AD会议。");
        assertThat(c.original()).isEqualTo("市委政法委员会召开全体会议。");
    }

    @Test
    void aSourceCitedInsideAParagraphStays() {
        CleanSpeech c = clean("全年经济增长百分之五（来源：市统计局），好于预期。");
        assertThat(c.original()).isEqualTo("全年经济增长百分之五（来源：市统计局），好于预期。");
    }

    @Test
    void spansAfterRemovedMarkupStillMapToTheirSurface() {
        CleanSpeech c = clean("<p>深入学习X习近平新时代思想</p><p>开展dangshi学习教育</p>");
        int d = c.text().indexOf("党史学习教育");
        assertThat(c.originalSpan(d, d + 6)).isEqualTo("dangshi学习教育");
        int s = c.text().indexOf("习近平");
        assertThat(c.originalSpan(s, s + 3)).isEqualTo("X习近平");
    }
}
