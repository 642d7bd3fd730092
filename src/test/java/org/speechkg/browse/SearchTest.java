package org.speechkg.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.speechkg.store.Tdb2SpeechStore;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/** Label search over the Lucene index, on the seed speeches run through the real pipeline. */
class SearchTest {
    @Test
    void partOfAFormulaFindsTheEntity() {
        LabelIndex index = new LabelIndex(SeedSite.store().datasetGraph(), new StoreVersion(SeedSite.store().datasetGraph()));

        List<LabelIndex.Hit> hits = index.search("枫桥", 10);
        assertThat(hits).extracting(LabelIndex.Hit::label).contains("枫桥经验");
        assertThat(hits.get(0).iri().getURI()).isEqualTo(SeedSite.BASE + "entity/Policy/枫桥经验");
        assertThat(hits.get(0).type()).isEqualTo(SKG.Policy);
        assertThat(hits.get(0).speeches()).isPositive();
    }

    @Test
    void wholeFormulaRanksItsEntityFirst() {
        LabelIndex index = new LabelIndex(SeedSite.store().datasetGraph(), new StoreVersion(SeedSite.store().datasetGraph()));

        List<LabelIndex.Hit> hits = index.search("两个确立", 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).label()).isEqualTo("两个确立");
        // an alternative label finds the entity too
        assertThat(index.search("新时代枫桥经验", 5)).extracting(LabelIndex.Hit::label).first().isEqualTo("枫桥经验");
        assertThat(index.search("   ", 5)).isEmpty();
    }

    @Test
    void searchPageLinksToEntityPages() {
        HttpResponse<String> r = Http.get(SeedSite.url("/search?q=" + URLEncoder.encode("枫桥", StandardCharsets.UTF_8)),
                DereferenceTest.HTML);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<li class=\"result\"><a href=\"/page/entity/Policy/枫桥经验\">枫桥经验</a>");
    }

    @Test
    void indexFollowsLoads() {
        Tdb2SpeechStore store = Tdb2SpeechStore.inMemory();
        LabelIndex index = new LabelIndex(store.datasetGraph(), new StoreVersion(store.datasetGraph()));
        assertThat(index.search("共同富裕", 5)).isEmpty();

        Node g = NodeFactory.createURI("http://localhost:3030/graph/x");
        Node e = NodeFactory.createURI("http://localhost:3030/entity/Policy/共同富裕");
        store.replace(g, out -> {
            out.quad(Quad.create(g, e, W3C.rdfType, SKG.Policy));
            out.quad(Quad.create(g, e, W3C.skosPrefLabel, NodeFactory.createLiteralLang("共同富裕", "zh")));
            out.quad(Quad.create(g, e, W3C.skosAltLabel, NodeFactory.createLiteralLang("全体人民共同富裕", "zh")));
        });
        assertThat(index.search("富裕", 5)).extracting(LabelIndex.Hit::iri).containsExactly(e);

        store.remove(g);
        assertThat(index.search("富裕", 5)).isEmpty();
    }
}
