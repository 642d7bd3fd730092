package org.speechkg.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.speechkg.resolve.EntityRef;
import org.speechkg.resolve.Scope;

/**
 * The only place IRIs of data are made. With base {@code B}:
 * <ul>
 *   <li>speech: {@code B/speech/ID}; its named graph: {@code B/graph/ID}; its text: {@code B/speech/ID/text}</li>
 *   <li>a mention: {@code B/speech/ID/text#char=b,e} (RFC 5147, code points)</li>
 *   <li>a corpus-wide entity: {@code B/entity/Type/label}; a speech-local one: {@code B/speech/ID/entity/Type/label}</li>
 *   <li>a statistic or relation assertion: {@code B/speech/ID/statistic/N}, {@code B/speech/ID/relation/N}</li>
 *   <li>the tally of one way an entity is written in a speech: {@code B/speech/ID/form/N}</li>
 *   <li>a kind of body (the classification of organizations): {@code B/kind/label}</li>
 * </ul>
 * Labels are kept readable (IRIs allow Chinese); characters not allowed or unsafe in a path segment are
 * percent-encoded.
 */
public final class IriMinter {
    /** Default base: IRIs dereference on the local server. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public IriMinter() {
        this(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node speech(String speechId) {
        return uri("speech/" + segment(speechId));
    }

    public Node graph(String speechId) {
        return uri("graph/" + segment(speechId));
    }

    public Node context(String speechId) {
        return uri("speech/" + segment(speechId) + "/text");
    }

    /** A substring of the speech's text, offsets in Unicode code points (RFC 5147). */
    public Node textSpan(String speechId, int begin, int end) {
        return uri("speech/" + segment(speechId) + "/text#char=" + begin + "," + end);
    }

    public Node entity(EntityRef ref, String speechId) {
        String local = "entity/" + ref.type().name() + "/" + segment(ref.label());
        return ref.scope() == Scope.NATIONAL ? uri(local) : uri("speech/" + segment(speechId) + "/" + local);
    }

    public Node statistic(String speechId, int n) {
        return uri("speech/" + segment(speechId) + "/statistic/" + n);
    }

    public Node organizationKind(String kindLabel) {
        return uri("kind/" + segment(kindLabel));
    }

    public Node surfaceForm(String speechId, int n) {
        return uri("speech/" + segment(speechId) + "/form/" + n);
    }

    public Node relation(String speechId, int n) {
        return uri("speech/" + segment(speechId) + "/relation/" + n);
    }

    /** True when {@code iri} was minted under this base. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int SEGMENT_CACHE = 100_000;
    private static final java.util.Map<String, String> SEGMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Percent-encodes everything but letters, digits (any script) and {@code -._~}: one IRI path segment.
     * Speech ids and labels recur in every IRI of a speech, so encodings are remembered (a bounded cache).
     */
    public static String segment(String s) {
        if (SEGMENTS.size() > SEGMENT_CACHE) {
            SEGMENTS.clear();
        }
        return SEGMENTS.computeIfAbsent(s, IriMinter::encode);
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~') {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return sb.toString();
    }
}
