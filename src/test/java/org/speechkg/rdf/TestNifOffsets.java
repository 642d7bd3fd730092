package org.speechkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * NIF provenance is exact: for every mention, the code-point span [nif:beginIndex, nif:endIndex) of its
 * context's nif:isString is its nif:anchorOf, and its IRI is the context IRI + {@code #char=begin,end}
 * (RFC 5147). The fixture {@code nif_astral.txt} puts 𠮷 (U+20BB7, two UTF-16 units) before mentions, so
 * UTF-16 offsets would be off, and has obfuscated mentions (X习近平, dangshi) whose surface is not the label.
 */
class TestNifOffsets {
    private static final Pattern CHAR = Pattern.compile("^(.*)#char=(\\d+),(\\d+)$");
    private static final String FIXTURE = "nif_astral";

    static Stream<Path> corpora() {
        return Stream.of(PipelineGraphs.SEEDS, PipelineGraphs.FIXTURES);
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void anchorIsTheCodePointSpanOfTheContext(Path dir) {
        Graph g = PipelineGraphs.of(dir).getUnionGraph();
        List<Node> mentions = subjects(g, W3C.rdfType, SKG.Mention);
        assertThat(mentions).as("mentions in %s", dir).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (Node m : mentions) {
            soft.assertThat(objects(g, m, W3C.rdfType)).as("%s is a nif:RFC5147String", m).contains(W3C.nifRFC5147String);
            Node ctx = one(g, m, W3C.nifReferenceContext);
            String text = string(one(g, ctx, W3C.nifIsString));
            int b = integer(one(g, m, W3C.nifBeginIndex));
            int e = integer(one(g, m, W3C.nifEndIndex));
            String anchor = string(one(g, m, W3C.nifAnchorOf));
            soft.assertThat(codePointSpan(text, b, e)).as("text[%d,%d) of %s", b, e, m).isEqualTo(anchor);
            soft.assertThat(m.getURI()).as("IRI of the mention").isEqualTo(ctx.getURI() + "#char=" + b + "," + e);
            Matcher mm = CHAR.matcher(m.getURI());
            soft.assertThat(mm.matches()).as("%s is an RFC 5147 char IRI", m).isTrue();
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void contextSpansTheWholeTextInCodePoints(Path dir) {
        Graph g = PipelineGraphs.of(dir).getUnionGraph();
        List<Node> contexts = subjects(g, W3C.rdfType, W3C.nifContext);
        assertThat(contexts).isNotEmpty();
        for (Node ctx : contexts) {
            String text = string(one(g, ctx, W3C.nifIsString));
            int length = text.codePointCount(0, text.length());
            assertThat(integer(one(g, ctx, W3C.nifBeginIndex))).isZero();
            assertThat(integer(one(g, ctx, W3C.nifEndIndex))).as("endIndex of %s", ctx).isEqualTo(length);
            Node speech = one(g, ctx, W3C.provWasDerivedFrom);
            assertThat(one(g, speech, SKG.text)).isEqualTo(ctx);
            assertThat(integer(one(g, speech, SKG.charCount))).as("charCount of %s", speech).isEqualTo(length);
        }
    }

    /** Statistics carry the same kind of span: it must read as their skg:surfaceText. */
    @ParameterizedTest
    @MethodSource("corpora")
    void statisticSpansReadAsTheirSurfaceText(Path dir) {
        Graph g = PipelineGraphs.of(dir).getUnionGraph();
        SoftAssertions soft = new SoftAssertions();
        for (Node s : subjects(g, W3C.rdfType, SKG.Statistic)) {
            String text = string(one(g, one(g, s, W3C.nifReferenceContext), W3C.nifIsString));
            int b = integer(one(g, s, W3C.nifBeginIndex));
            int e = integer(one(g, s, W3C.nifEndIndex));
            soft.assertThat(codePointSpan(text, b, e)).as("text[%d,%d) of %s", b, e, s)
                    .isEqualTo(string(one(g, s, SKG.surfaceText)));
        }
        soft.assertAll();
    }

    /** The fixture really exercises the astral case: code-point and UTF-16 offsets differ for its mentions. */
    @Test
    void fixtureHasMentionsAfterAnAstralCharacter() {
        Graph g = fixtureGraph();
        Node ctx = NodeFactory.createURI(PipelineGraphs.BASE + "speech/" + FIXTURE + "/text");
        String text = string(one(g, ctx, W3C.nifIsString));
        assertThat(text).contains("𠮷");
        List<Node> shifted = new ArrayList<>();
        for (Node m : subjects(g, W3C.nifReferenceContext, ctx)) {
            if (!objects(g, m, W3C.rdfType).contains(SKG.Mention)) continue;
            int b = integer(one(g, m, W3C.nifBeginIndex));
            if (text.offsetByCodePoints(0, b) != b) shifted.add(m);
        }
        assertThat(shifted).as("mentions after 𠮷, where UTF-16 offsets would be wrong").hasSizeGreaterThan(3);
    }

    /** Surface ≠ label: the obfuscated surface is kept verbatim in nif:anchorOf, the entity has the clean label. */
    @Test
    void obfuscatedSurfaceIsProvenanceNotLabel() {
        Graph g = fixtureGraph();
        Node xi = NodeFactory.createURI(PipelineGraphs.BASE + "entity/Person/习近平");
        assertThat(anchorsDenoting(g, xi)).contains("X习近平", "X习近平同志");
        assertThat(objects(g, xi, W3C.skosPrefLabel)).containsExactly(NodeFactory.createLiteralLang("习近平", "zh"));

        Node doc = NodeFactory.createURI(PipelineGraphs.BASE + "entity/Document/关于开展党史学习教育的实施方案");
        assertThat(anchorsDenoting(g, doc)).containsExactly("《关于开展dangshi学习教育的实施方案》");
        assertThat(objects(g, doc, W3C.skosPrefLabel))
                .containsExactly(NodeFactory.createLiteralLang("关于开展党史学习教育的实施方案", "zh"));
    }

    /** Mentions after a length-changing substitution (dangshi → 党史) still point into the original text. */
    @Test
    void offsetsAfterSubstitutionPointIntoTheOriginal() {
        Graph g = fixtureGraph();
        Node ctx = NodeFactory.createURI(PipelineGraphs.BASE + "speech/" + FIXTURE + "/text");
        String text = string(one(g, ctx, W3C.nifIsString));
        assertThat(text).contains("dangshi").doesNotContain("##paid").doesNotContain("编辑密码");
        int dangshiAt = text.codePointCount(0, text.indexOf("dangshi"));
        long after = subjects(g, W3C.nifReferenceContext, ctx).stream()
                .filter(m -> objects(g, m, W3C.rdfType).contains(SKG.Mention))
                .filter(m -> integer(one(g, m, W3C.nifBeginIndex)) > dangshiAt)
                .count();
        assertThat(after).as("mentions after dangshi").isGreaterThanOrEqualTo(3);
    }

    private static Graph fixtureGraph() {
        DatasetGraph dsg = PipelineGraphs.of(PipelineGraphs.FIXTURES);
        return dsg.getGraph(NodeFactory.createURI(PipelineGraphs.graphIri(FIXTURE)));
    }

    private static List<String> anchorsDenoting(Graph g, Node entity) {
        return subjects(g, SKG.denotes, entity).stream().map(m -> string(one(g, m, W3C.nifAnchorOf))).toList();
    }

    /** {@code text} from code point {@code begin} to code point {@code end}; null when out of range. */
    static String codePointSpan(String text, int begin, int end) {
        int n = text.codePointCount(0, text.length());
        if (begin < 0 || end < begin || end > n) return null;
        int from = text.offsetByCodePoints(0, begin);
        int to = text.offsetByCodePoints(from, end - begin);
        return text.substring(from, to);
    }

    static List<Node> subjects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList().stream().distinct().toList();
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    static Node one(Graph g, Node s, Node p) {
        List<Node> os = objects(g, s, p);
        assertThat(os).as("exactly one %s of %s", p, s).hasSize(1);
        return os.get(0);
    }

    static String string(Node literal) {
        return literal.getLiteralLexicalForm();
    }

    static int integer(Node literal) {
        return Integer.parseInt(literal.getLiteralLexicalForm());
    }
}
