package org.speechkg.browse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.MentionItem;
import org.speechkg.browse.view.Snippet;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Reads mentions (NIF strings typed {@code skg:Mention}) and the speech texts they point into, from the union graph
 * in the caller's read transaction. Each speech text is fetched once per instance, so one instance serves one page.
 */
final class Mentions {
    private final Graph union;
    private final Site site;
    private final Map<Node, Optional<TextSpans>> texts = new HashMap<>();

    Mentions(Graph union, Site site) {
        this.union = union;
        this.site = site;
    }

    /** A mention: its span in code points, its speech and the text it points into. */
    record Mention(Node iri, long begin, long end, Node speech, Node context) implements TextSpans.Span {}

    /** The mention {@code m}, if it has the offsets and context a snippet needs. */
    Optional<Mention> read(Node m) {
        Optional<Long> b = integer(union, m, W3C.nifBeginIndex);
        Optional<Long> e = integer(union, m, W3C.nifEndIndex);
        Optional<Node> ctx = object(union, m, W3C.nifReferenceContext);
        if (b.isEmpty() || e.isEmpty() || ctx.isEmpty()) {
            return Optional.empty();
        }
        Node speech = object(union, m, SKG.inSpeech).or(() -> object(union, ctx.get(), W3C.provWasDerivedFrom))
                .orElse(null);
        return Optional.of(new Mention(m, b.get(), e.get(), speech, ctx.get()));
    }

    /** The text of a context, for offsets into it. */
    Optional<TextSpans> text(Node context) {
        return texts.computeIfAbsent(context, c -> NodeLabels.literal(union, c, W3C.nifIsString).map(TextSpans::new));
    }

    /** The sentence around a mention, the mention marked; empty if the offsets do not fit the text. */
    Optional<Snippet> sentence(Mention m) {
        return text(m.context()).filter(t -> t.valid(m.begin(), m.end())).map(t -> t.snippet(m.begin(), m.end()));
    }

    /** The item shown on an entity page: speech, sentence, link to the mention in the speech page. */
    Optional<MentionItem> item(Node mention) {
        return read(mention).flatMap(m -> sentence(m).map(s -> new MentionItem(speechLink(m.speech()), s,
                site.urls().page(m.iri()).orElse(null))));
    }

    /** The speech, labelled by its title. */
    Link speechLink(Node speech) {
        if (speech == null) {
            return new Link("", null);
        }
        return new Link(site.labels().label(union, speech), site.urls().page(speech).orElse(null));
    }

    static Optional<Node> object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.stream().map(Triple::getObject).sorted(java.util.Comparator.comparing(Node::toString)).findFirst();
    }

    static Optional<Long> integer(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && o.getLiteralValue() instanceof Number)
                .map(o -> ((Number) o.getLiteralValue()).longValue()).findFirst();
    }
}
