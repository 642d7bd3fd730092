package org.speechkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.SpeechCleaner;

/** A speech saved as a web page is read as its title and body text. */
class HtmlPageTest {
    static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>在全县政法工作会议上的讲话_某某县人民政府网</title>
            <style>p { color: red; }</style><script>var a = "<p>x</p>";</script></head>
            <body><nav><a href="/">首页</a> &gt; <a href="/news">要闻</a></nav>
            <div class="article"><h1>在全县政法工作会议上的讲话</h1>
            <p>同志们：</p><p>今年以来，全县政法系统&nbsp;坚持稳中求进。<br>扎实推进平安建设。</p>
            <p>责任编辑：李四</p></div>
            <footer>版权所有 某某县人民政府</footer></body></html>
            """;

    @Test
    void aPageIsToldFromTextWithAStrayTag() {
        assertThat(HtmlPage.isPage(PAGE)).isTrue();
        assertThat(HtmlPage.isPage("<div><p>短</p><p>页</p><span>面</span></div>")).isTrue();
        assertThat(HtmlPage.isPage("讲话标题\n<p>同志们：今年以来，全县政法系统坚持稳中求进，扎实推进平安建设。</p>")).isFalse();
    }

    @Test
    void aPageReadsAsItsTitleThenItsBodyBlocks() {
        assertThat(HtmlPage.text(PAGE)).isEqualTo(
                "在全县政法工作会议上的讲话\n同志们：\n今年以来，全县政法系统 坚持稳中求进。\n扎实推进平安建设。\n责任编辑：李四");
    }

    @Test
    void aPageFileLoadsWithItsTitleAsTheFirstSentence(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("speech.html"), PAGE, StandardCharsets.UTF_8);
        assertThat(new FileSpeechSource().list(dir)).containsExactly(f);
        CleanSpeech c = new SpeechCleaner().clean(new FileSpeechSource().read(f));
        assertThat(c.sentences().get(0).text()).isEqualTo("在全县政法工作会议上的讲话");
        assertThat(c.original()).doesNotContain("<").doesNotContain("责任编辑").doesNotContain("首页");
    }

    @Test
    void aPageWithoutReadableTextIsRejectedByName(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"),
                "<!DOCTYPE html><html><head><script>x()</script></head><body><div> </div></body></html>");
        assertThatThrownBy(() -> new FileSpeechSource().read(f))
                .isInstanceOf(IngestException.class).hasMessageContaining(f.toString()).hasMessageContaining("HTML");
    }
}
