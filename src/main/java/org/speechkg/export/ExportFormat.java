package org.speechkg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;

/**
 * The export formats, with what the HTTP endpoint and the CLI need to know about each: its name on the
 * command line and in {@code ?format=}, media type, file extension, and which model it serialises.
 *
 * <p>{@link Model#RDF_DATASET} formats keep one named graph per speech; {@link Model#RDF_GRAPH} formats can
 * only hold triples, so they get the union of the selected graphs; {@link Model#PROPERTY_GRAPH} formats
 * get the {@link PropertyGraph} built from that union.
 */
public enum ExportFormat {
    NQUADS("nquads", Model.RDF_DATASET, "application/n-quads", "nq", RDFFormat.NQUADS, "nq", "n-quads"),
    TRIG("trig", Model.RDF_DATASET, "application/trig", "trig", RDFFormat.TRIG_BLOCKS),
    TURTLE("turtle", Model.RDF_GRAPH, "text/turtle", "ttl", RDFFormat.TURTLE_BLOCKS, "ttl"),
    JSONLD("jsonld", Model.RDF_DATASET, "application/ld+json", "jsonld", RDFFormat.JSONLD, "json-ld"),
    /** Plain (not abbreviated) RDF/XML: the abbreviating writer is quadratic on large graphs. */
    RDFXML("rdfxml", Model.RDF_GRAPH, "application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, "rdf", "rdf/xml", "xml"),
    /** GraphML has no registered media type. */
    GRAPHML("graphml", Model.PROPERTY_GRAPH, "application/xml", "graphml", null),
    GEXF("gexf", Model.PROPERTY_GRAPH, "application/gexf+xml", "gexf", null),
    /** {@code nodes.csv} and {@code edges.csv} for {@code neo4j-admin database import}: a directory, or one zip on a stream. */
    NEO4J("neo4j", Model.PROPERTY_GRAPH, "application/zip", "zip", null),
    /** Just the {@code nodes.csv} half of {@link #NEO4J}, for an HTTP client fetching the files one by one. */
    NEO4J_NODES("neo4j-nodes", Model.PROPERTY_GRAPH, "text/csv", "csv", null),
    /** Just the {@code edges.csv} half of {@link #NEO4J}. */
    NEO4J_EDGES("neo4j-edges", Model.PROPERTY_GRAPH, "text/csv", "csv", null),
    CYTOSCAPE("cytoscape", Model.PROPERTY_GRAPH, "application/json", "json", null, "cytoscape-json", "cyjs");

    /** What a format serialises. */
    public enum Model { RDF_DATASET, RDF_GRAPH, PROPERTY_GRAPH }

    private final String token;
    private final Model model;
    private final String mediaType;
    private final String extension;
    private final RDFFormat rdfFormat;
    private final List<String> aliases;

    ExportFormat(String token, Model model, String mediaType, String extension, RDFFormat rdfFormat, String... aliases) {
        this.token = token;
        this.model = model;
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdfFormat = rdfFormat;
        this.aliases = List.of(aliases);
    }

    /** The name used on the command line and in {@code ?format=}. */
    public String token() {
        return token;
    }

    public Model model() {
        return model;
    }

    public boolean isRdf() {
        return model != Model.PROPERTY_GRAPH;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value: the media type, with {@code charset=utf-8} where the type takes one. */
    public String contentType() {
        boolean takesCharset = mediaType.startsWith("text/") || mediaType.endsWith("xml");
        return takesCharset ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The Jena writer format, for RDF formats. */
    Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(rdfFormat);
    }

    /** The format named {@code name} (its token or an alias, any case), if there is one. */
    public static Optional<ExportFormat> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.token.equals(n) || f.aliases.contains(n)).findFirst();
    }

    /** The format named {@code name}; an {@link ExportException} (bad request) naming the choices if none. */
    public static ExportFormat parse(String name) {
        return find(name).orElseThrow(() -> ExportException.badRequest(
                "unknown format '" + name + "' (one of " + tokens() + ")"));
    }

    /** The tokens of all formats, comma-separated, for help and error messages. */
    public static String tokens() {
        return Stream.of(values()).map(ExportFormat::token).collect(Collectors.joining(", "));
    }
}
