package org.speechkg.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.speechkg.browse.view.Snippet;
import org.speechkg.extract.EntityType;
import org.speechkg.rdf.IriMinter;
import org.speechkg.resolve.EntityRef;
import org.speechkg.resolve.Scope;
import org.speechkg.vocab.SKG;

/** The pieces without a server: URL scheme, code-point spans, conneg. */
class UnitsTest {
    private final LinkedDataUrls urls = new LinkedDataUrls("http://localhost:3030/");

    @Test
    void requestPathsMapBackToTheMintedIri() {
        IriMinter minter = new IriMinter("http://localhost:3030/");
        for (String label : List.of("枫桥经验", "党委（党组）落实全面从严治党主体责任规定", "互联网+", "G20 峰会", "a/b")) {
            String iri = minter.entity(ref(label), "s").getURI();
            String path = LinkedDataUrls.ascii("/" + iri.substring(urls.base().length()));
            assertThat(urls.thing(path).getURI()).as(label).isEqualTo(iri);
        }
    }

    @Test
    void pagesOfPathUnsafeIrisUseTheIriParameter() {
        assertThat(urls.page(NodeFactory.createURI("http://localhost:3030/entity/Policy/枫桥经验")))
                .hasValue("/page/entity/Policy/枫桥经验");
        assertThat(urls.page(NodeFactory.createURI("http://localhost:3030/entity/Policy/a%2Fb")))
                .hasValue("/page?iri=http%3A%2F%2Flocalhost%3A3030%2Fentity%2FPolicy%2Fa%252Fb");
        assertThat(urls.page(NodeFactory.createURI("http://localhost:3030/speech/s/text#char=1,3")))
                .hasValue("/page/speech/s/text#char=1,3");
        assertThat(urls.page(SKG.mentions)).hasValue("/page/ns#mentions");
        assertThat(urls.page(NodeFactory.createURI("javascript:alert(1)"))).isEmpty();
        assertThat(urls.data(NodeFactory.createURI("http://www.wikidata.org/entity/Q1"), "turtle")).isEmpty();
    }

    @Test
    void codePointOffsetsBecomeStringIndices() {
        String text = "𠀀𠀁说：坚持枫桥经验。下一句";
        TextSpans spans = new TextSpans(text);
        // code points: 𠀀=0 𠀁=1 说=2 ：=3 坚=4 持=5 枫=6 … 验=9 。=10
        assertThat(spans.index(6)).isEqualTo(text.indexOf("枫"));
        assertThat(spans.snippet(6, 10)).isEqualTo(new Snippet("𠀀𠀁说：坚持", "枫桥经验", "。"));
        assertThat(spans.valid(6, 10)).isTrue();
        assertThat(spans.valid(6, 99)).isFalse();
    }

    @Test
    void outermostSpansWin() {
        record S(long begin, long end) implements TextSpans.Span {}
        List<S> kept = TextSpans.outermost(List.of(new S(5, 9), new S(0, 4), new S(1, 3), new S(3, 6), new S(5, 7)));
        assertThat(kept).containsExactly(new S(0, 4), new S(5, 9));
    }

    @Test
    void browsersGetHtmlAndRdfClientsTheirSyntax() {
        assertThat(RdfConneg.negotiate(null, true)).hasValue(RdfConneg.Representation.HTML);
        assertThat(RdfConneg.negotiate("*/*", true)).hasValue(RdfConneg.Representation.HTML);
        assertThat(RdfConneg.negotiate("application/ld+json", true)).hasValue(new RdfConneg.Representation(Lang.JSONLD));
        assertThat(RdfConneg.negotiate("text/plain", false)).hasValue(new RdfConneg.Representation(Lang.NTRIPLES));
        assertThat(RdfConneg.negotiate("image/png", true)).isEmpty();
        assertThat(RdfConneg.byName("ttl")).hasValue(Lang.TURTLE);
        assertThat(RdfConneg.byName("trig")).isEmpty();
    }

    private static EntityRef ref(String label) {
        return new EntityRef(EntityType.Policy, label, Scope.NATIONAL, java.util.Optional.empty());
    }
}
