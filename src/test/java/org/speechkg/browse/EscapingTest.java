package org.speechkg.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Labels and queries are text: the templates escape them wherever they appear. */
class EscapingTest {
    @Test
    void labelWithMarkupIsEscapedOnItsPage() {
        String page = SyntheticSite.url("/page?iri=" + URLEncoder.encode(SyntheticSite.SCRIPT.getURI(), StandardCharsets.UTF_8));
        HttpResponse<String> r = Http.get(page, DereferenceTest.HTML);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert", "<b>粗体</b>")
                .contains("<span class=\"label\">&lt;script&gt;alert('x')&lt;/script&gt;</span>", "&lt;b&gt;粗体&lt;/b&gt;", "&amp;");
        assertThat(r.body()).doesNotContain("<script");
    }

    @Test
    void markupInTheSpeechTextAndInSearchIsEscaped() {
        HttpResponse<String> speech = Http.get(SyntheticSite.url("/page/speech/s0"), DereferenceTest.HTML);
        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.body()).doesNotContain("<script").contains("<mark>&lt;script&gt;");

        HttpResponse<String> search = Http.get(SyntheticSite.url("/search?q="
                + URLEncoder.encode("<script>", StandardCharsets.UTF_8)), DereferenceTest.HTML);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).doesNotContain("<script").contains("value=\"&lt;script");
    }
}
