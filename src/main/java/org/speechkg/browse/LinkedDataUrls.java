package org.speechkg.browse;

import org.speechkg.rdf.IriMinter;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.speechkg.vocab.SKG;

/**
 * Every URL the browser hands out, built in one place (like Pubby's configuration of the URI space).
 *
 * <p>With base {@code B} (default {@code http://localhost:3030/}) a data IRI {@code B + rel} is a <em>thing</em>;
 * the server answers for it by path, whatever host and port it runs on:
 * <pre>
 *   /rel                  the thing: 303 See Other to its page or data document (Vary: Accept)
 *   /page/rel             its HTML page
 *   /data/rel?format=F    its RDF document (F = turtle, jsonld, rdfxml, ntriples)
 *   /page?iri=IRI         the same page for any IRI (used when rel holds an encoded '/' or '%', which Jetty
 *                         refuses in paths)
 *   /ns, /ontology        the ontology (terms https://w3id.org/speech-kg/ns#X), page /page/ns#X, data /data/ns
 * </pre>
 * Path segments are compared in the form {@code IriMinter} mints them: letters and digits of any script plus
 * {@code -._~} literally, everything else percent-encoded in upper case.
 */
public final class LinkedDataUrls {
    /** Path prefix of pages. */
    public static final String PAGE = "/page";
    /** Path prefix of data documents. */
    public static final String DATA = "/data";
    /** The ontology's local document name, under {@link #PAGE} and {@link #DATA}. */
    public static final String ONTOLOGY = "ns";
    /** Top-level path segments under which the data's thing IRIs live (see {@code IriMinter}). */
    public static final java.util.List<String> THING_ROOTS = java.util.List.of("entity", "speech", "graph", "kind");

    private final String base;

    /** URLs for data minted under {@code base}. */
    public LinkedDataUrls(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** True for IRIs minted under the base, i.e. served by this browser. */
    public boolean isLocal(Node iri) {
        return iri.isURI() && iri.getURI().startsWith(base) && iri.getURI().length() > base.length();
    }

    /** True for a term of the speech-kg ontology. */
    public static boolean isOntologyTerm(Node iri) {
        return iri.isURI() && iri.getURI().startsWith(SKG.NS) && iri.getURI().length() > SKG.NS.length();
    }

    /**
     * The thing IRI a request path stands for: {@code /entity/Policy/%E6%9E%AB…} → {@code B}entity/Policy/枫….
     *
     * @param rawPath the path as received (percent-encoded), starting with {@code /}
     */
    public Node thing(String rawPath) {
        String rel = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return NodeFactory.createURI(base + canonicalPath(rel));
    }

    /** The thing behind a page or data path ({@code /page/rel}, {@code /data/rel}), or empty for the bare prefix. */
    public Optional<Node> thingOfDocument(String rawPath, String prefix) {
        if (!rawPath.startsWith(prefix + "/") || rawPath.length() == prefix.length() + 1) {
            return Optional.empty();
        }
        return Optional.of(thing(rawPath.substring(prefix.length())));
    }

    /** The HTML page of {@code iri}: a local page for local data and ontology terms, else the IRI itself if it is a web link. */
    public Optional<String> page(Node iri) {
        if (isOntologyTerm(iri)) {
            return Optional.of(ontologyPage() + "#" + iri.getURI().substring(SKG.NS.length()));
        }
        if (isLocal(iri)) {
            return Optional.of(localDocument(PAGE, iri, null));
        }
        return webLink(iri);
    }

    /** The RDF document of a local IRI in {@code format} (a {@link RdfConneg} format name), or empty if not local. */
    public Optional<String> data(Node iri, String format) {
        if (isOntologyTerm(iri)) {
            return Optional.of(ontologyData(format));
        }
        return isLocal(iri) ? Optional.of(localDocument(DATA, iri, format)) : Optional.empty();
    }

    private String localDocument(String prefix, Node iri, String format) {
        String rel = iri.getURI().substring(base.length());
        String fragment = "";
        int hash = rel.indexOf('#');
        if (hash >= 0) {
            fragment = rel.substring(hash);
            rel = rel.substring(0, hash);
        }
        String query = format == null ? "" : "format=" + enc(format);
        if (pathSafe(rel)) {
            return prefix + "/" + rel + (query.isEmpty() ? "" : "?" + query) + fragment;
        }
        String doc = base + rel;
        return prefix + "?iri=" + enc(doc) + (query.isEmpty() ? "" : "&" + query) + fragment;
    }

    /** The prefix of a page by IRI: append the IRI, URL-encoded (what the query page's script does). */
    public String pageByIriPrefix() {
        return PAGE + "?iri=";
    }

    /** The ontology's HTML rendering, one anchor per term. */
    public String ontologyPage() {
        return PAGE + "/" + ONTOLOGY;
    }

    /** The ontology as RDF in {@code format}. */
    public String ontologyData(String format) {
        return DATA + "/" + ONTOLOGY + "?format=" + enc(format);
    }

    /** The paged listing of the values of {@code property} on {@code iri}, outgoing or incoming. */
    public String list(Node iri, Node property, boolean incoming, int offset) {
        return "/list?iri=" + enc(iri.getURI()) + "&p=" + enc(property.getURI()) + "&dir=" + (incoming ? "in" : "out")
                + (offset > 0 ? "&offset=" + offset : "");
    }

    /** The graph view around {@code iri}. */
    public String graphView(Node iri) {
        return "/network?iri=" + enc(iri.getURI());
    }

    /** The JSON (Cytoscape.js elements) drawn by the graph view. */
    public String graphJson(Node iri) {
        return "/network.json?iri=" + enc(iri.getURI());
    }

    /** One speech's named graph from the export endpoint ({@code ExportServlet}, mounted at {@code /export}). */
    public String export(String speechId, String format) {
        return "/export?format=" + enc(format) + "&speech=" + enc(speechId);
    }

    /** Label search. */
    public String search(String q) {
        return "/search?q=" + enc(q);
    }

    /** The search form's target. */
    public String searchForm() {
        return "/search";
    }

    public String home() {
        return "/";
    }

    /** The home page's speech listing from {@code offset}. */
    public String speeches(int offset) {
        return offset > 0 ? "/?offset=" + offset : "/";
    }

    /** The SPARQL query page. */
    public String queryPage() {
        return "/query";
    }

    /** A file of this module's own static assets ({@code src/main/resources/static}). */
    public String asset(String file) {
        return "/static/" + file;
    }

    /** A file inside a WebJar, e.g. {@code cytoscape/3.33.1/dist/cytoscape.min.js}. */
    public String webjar(String path) {
        return "/webjars/" + path;
    }

    /** A single line of ASCII for an HTTP header: non-ASCII characters percent-encoded as UTF-8. */
    public static String ascii(String url) {
        StringBuilder sb = new StringBuilder();
        url.codePoints().forEach(cp -> {
            if (cp < 0x80 && cp > 0x20) {
                sb.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return sb.toString();
    }

    private static Optional<String> webLink(Node iri) {
        if (!iri.isURI()) {
            return Optional.empty();
        }
        String lower = iri.getURI().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri.getURI()) : Optional.empty();
    }

    /** A relative path Jetty accepts as is: no encoded separator, percent sign or backslash. */
    private static boolean pathSafe(String rel) {
        String upper = rel.toUpperCase(Locale.ROOT);
        return !(upper.contains("%2F") || upper.contains("%25") || upper.contains("%5C") || upper.contains("%3B")
                || upper.contains("%2E") || rel.contains("?") || rel.contains("//"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Each {@code /}-separated segment decoded, then encoded the way {@code IriMinter} encodes labels. */
    static String canonicalPath(String rawRel) {
        return Arrays.stream(rawRel.split("/", -1)).map(seg -> IriMinter.segment(percentDecode(seg)))
                .collect(Collectors.joining("/"));
    }

    /** Decodes {@code %XX} as UTF-8 bytes ({@code +} stays a plus: this is a path); a malformed escape is kept. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
