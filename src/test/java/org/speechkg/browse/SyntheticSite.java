package org.speechkg.browse;

import org.speechkg.rdf.IriMinter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.speechkg.serve.KgServer;
import org.speechkg.store.Tdb2SpeechStore;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * A generated store shaped like the emitter's output: {@link #SPEECHES} speech graphs that all mention one hub
 * entity ({@link #HUB}, "热点实体") once, with NIF mentions into each speech's text; speech 0 also mentions an entity
 * whose labels carry markup ({@link #SCRIPT}). Served by a real server with a page cap of {@link #CAP}.
 */
final class SyntheticSite {
    static final String BASE = "http://localhost:3030/";
    static final int SPEECHES = 300;
    static final int CAP = 20;
    static final String HUB_LABEL = "热点实体";
    static final String SCRIPT_LABEL = "<script>alert('x')</script>";
    static final String SCRIPT_ALT = "\"引号\" & <b>粗体</b>";
    static final Node HUB = uri("entity/Policy/" + IriMinter.segment(HUB_LABEL));
    static final Node SCRIPT = uri("entity/Policy/" + IriMinter.segment(SCRIPT_LABEL));

    private static Tdb2SpeechStore store;
    private static KgServer server;

    private SyntheticSite() {}

    static synchronized Tdb2SpeechStore store() {
        if (store == null) {
            Tdb2SpeechStore s = Tdb2SpeechStore.inMemory();
            for (int i = 0; i < SPEECHES; i++) {
                Node g = uri("graph/s" + i);
                List<Quad> quads = speech(i, g);
                s.replace(g, out -> quads.forEach(out::quad));
            }
            store = s;
        }
        return store;
    }

    static synchronized KgServer server() {
        if (server == null) {
            server = SeedSite.start(store().datasetGraph(), SeedSite.config(BASE).withPageCap(CAP).withDataCap(CAP * 2));
        }
        return server;
    }

    static String url(String path) {
        return "http://localhost:" + server().port() + path;
    }

    static Node speechNode(int i) {
        return uri("speech/s" + i);
    }

    private static List<Quad> speech(int i, Node g) {
        List<Quad> q = new ArrayList<>();
        Node s = speechNode(i);
        Node ctx = uri("speech/s" + i + "/text");
        String text = "第" + i + "篇讲话。会议强调要坚持" + HUB_LABEL + "，推进工作。"
                + (i == 0 ? "另见" + SCRIPT_LABEL + "。" : "");
        add(q, g, s, W3C.rdfType, SKG.Speech);
        add(q, g, s, W3C.dctTitle, zh("讲话 " + i));
        add(q, g, s, SKG.text, ctx);
        add(q, g, ctx, W3C.rdfType, W3C.nifContext);
        add(q, g, ctx, W3C.nifIsString, NodeFactory.createLiteralString(text));
        add(q, g, ctx, W3C.provWasDerivedFrom, s);
        entity(q, g, HUB, HUB_LABEL, null);
        mention(q, g, i, s, ctx, text, HUB_LABEL, HUB);
        if (i == 0) {
            entity(q, g, SCRIPT, SCRIPT_LABEL, SCRIPT_ALT);
            mention(q, g, i, s, ctx, text, SCRIPT_LABEL, SCRIPT);
        }
        return q;
    }

    private static void entity(List<Quad> q, Node g, Node e, String label, String alt) {
        add(q, g, e, W3C.rdfType, SKG.Policy);
        add(q, g, e, W3C.skosPrefLabel, zh(label));
        add(q, g, e, W3C.rdfsLabel, zh(label));
        if (alt != null) {
            add(q, g, e, W3C.skosAltLabel, zh(alt));
        }
        add(q, g, e, SKG.scope, NodeFactory.createLiteralString("national"));
    }

    private static void mention(List<Quad> q, Node g, int i, Node s, Node ctx, String text, String surface, Node e) {
        int at = text.indexOf(surface);
        int b = text.codePointCount(0, at);
        int end = b + surface.codePointCount(0, surface.length());
        Node m = uri("speech/s" + i + "/text#char=" + b + "," + end);
        add(q, g, s, SKG.mentions, e);
        add(q, g, s, SKG.hasMention, m);
        add(q, g, m, W3C.rdfType, SKG.Mention);
        add(q, g, m, W3C.nifReferenceContext, ctx);
        add(q, g, m, W3C.nifBeginIndex, integer(b));
        add(q, g, m, W3C.nifEndIndex, integer(end));
        add(q, g, m, W3C.nifAnchorOf, NodeFactory.createLiteralString(surface));
        add(q, g, m, SKG.sentenceIndex, integer(1));
        add(q, g, m, SKG.inSpeech, s);
        add(q, g, m, SKG.denotes, e);
    }

    private static void add(List<Quad> q, Node g, Node s, Node p, Node o) {
        q.add(Quad.create(g, s, p, o));
    }

    private static Node uri(String rel) {
        return NodeFactory.createURI(BASE + rel);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }
}
