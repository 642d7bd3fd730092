package org.speechkg.browse;

import org.speechkg.rdf.IriMinter;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.speechkg.browse.ResourceDescriber.Description;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * A hub entity mentioned by 300 speech graphs: the describer keeps {@code cap} values per property with the full
 * counts, and the entity page lists at most the cap, says how many there are and links to a paged listing.
 */
class DescriberCapsTest {
    static final String HTML = DereferenceTest.HTML;

    @Test
    void describerCapsEachPropertyAndCountsAll() {
        ResourceDescriber describer = new ResourceDescriber(SyntheticSite.store().datasetGraph());
        Description d = describer.description(SyntheticSite.HUB, 7);

        assertThat(d.incoming()).containsEntry(SKG.mentions, 300L).containsEntry(SKG.denotes, 300L);
        Graph g = d.graph();
        assertThat(g.find(Node.ANY, SKG.mentions, SyntheticSite.HUB).toList()).hasSize(7);
        assertThat(g.find(Node.ANY, SKG.denotes, SyntheticSite.HUB).toList()).hasSize(7);
        // the same entity triples in every graph count once in the union
        assertThat(d.outgoing()).containsEntry(W3C.skosPrefLabel, 1L);
        // linked speeches come with their titles, so pages can name them
        Node speech = g.find(Node.ANY, SKG.mentions, SyntheticSite.HUB).next().getSubject();
        assertThat(g.find(speech, W3C.dctTitle, Node.ANY).toList()).hasSize(1);
        assertThat(describer.describe(SyntheticSite.HUB, 7).size()).isEqualTo(g.size());
        assertThat(describer.values(SyntheticSite.HUB, SKG.mentions, true, 290, 50)).hasSize(10);
    }

    @Test
    void busyEntityPageListsTheCapWithTotalAndSeeAll() {
        String page = SyntheticSite.url("/page" + DereferenceTest.path(SyntheticSite.HUB));
        HttpResponse<String> r = Http.get(page, HTML);
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();

        String incoming = section(body, "incoming");
        String mentionsRow = incoming.substring(incoming.indexOf("#mentions\""));
        mentionsRow = mentionsRow.substring(0, mentionsRow.indexOf("</tr>"));
        assertThat(count(mentionsRow, "<li>")).isEqualTo(SyntheticSite.CAP);
        assertThat(mentionsRow).contains("20 of 300 shown", "see all 300");
        String seeAll = attribute(mentionsRow, "class=\"see-all\" href=\"([^\"]+)\"");
        assertThat(seeAll).startsWith("/list?");

        String mentions = section(body, "mentions");
        assertThat(count(mentions, "<li class=\"mention\">")).isEqualTo(SyntheticSite.CAP);
        assertThat(count(mentions, "<mark>" + SyntheticSite.HUB_LABEL + "</mark>")).isEqualTo(SyntheticSite.CAP);
        assertThat(mentions).contains("<small class=\"count\">300</small>", "see all 300 mentions");

        HttpResponse<String> all = Http.get(SyntheticSite.url(seeAll.replace("&amp;", "&")), HTML);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("300 in all", "1–50 shown", "next →");
        assertThat(count(section(all.body(), null), "<li>")).isEqualTo(50);

        String allMentions = attribute(mentions, "class=\"see-all\" href=\"([^\"]+)\"");
        HttpResponse<String> listing = Http.get(SyntheticSite.url(allMentions.replace("&amp;", "&")), HTML);
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).contains("300 in all");
        assertThat(count(listing.body(), "<mark>" + SyntheticSite.HUB_LABEL + "</mark>")).isEqualTo(50);
    }

    @Test
    void dataDocumentIsCappedToo() {
        HttpResponse<String> r = Http.get(SyntheticSite.url("/data/entity/Policy/"
                + LinkedDataUrls.ascii(IriMinter.segment(SyntheticSite.HUB_LABEL)) + "?format=ntriples"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        long mentions = r.body().lines().filter(l -> l.contains("<" + SKG.mentions.getURI() + ">")).count();
        assertThat(mentions).isEqualTo(SyntheticSite.CAP * 2L);
    }

    /** The HTML of {@code <section id="id">} (or of {@code <main>} for null). */
    static String section(String html, String id) {
        String open = id == null ? "<main>" : "<section id=\"" + id + "\">";
        int start = html.indexOf(open);
        assertThat(start).as(open).isNotNegative();
        int end = html.indexOf(id == null ? "</main>" : "</section>", start);
        return html.substring(start, end);
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
