package org.speechkg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * A {@link SpeechStore} behind any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki's {@code /kg/data},
 * GraphDB, Virtuoso, RDF4J …). Each speech's graph is sent whole in one HTTP {@code PUT
 * endpoint?graph=IRI} with an N-Triples body, which the protocol defines as "replace this graph", so a
 * transactional store applies it atomically, as {@link Tdb2SpeechStore} does locally. Removal is
 * {@code DELETE endpoint?graph=IRI}. Credentials, if given, go in an HTTP Basic header on every request.
 *
 * <p>The protocol cannot list graphs or count quads; {@link #graphs()} and {@link #size()} say so.
 */
public final class RemoteGspStore implements SpeechStore {
    /** HTTP Basic credentials. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        /**
         * The password of {@code user} read from {@code file} (UTF-8): the first line that is neither blank
         * nor a {@code #} comment, either the password alone or, as in the server's password file,
         * {@code user:password}, in which case the line for {@code user} is used.
         *
         * @throws RemoteStoreException naming the file if it cannot be read or holds no password
         */
        public static Credentials fromPasswordFile(String user, Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
            } catch (IOException e) {
                throw new RemoteStoreException("password file " + file + " cannot be read: " + e.getMessage(), e);
            }
            Optional<String> forUser = lines.stream().filter(l -> l.startsWith(user + ":"))
                    .map(l -> l.substring(user.length() + 1)).findFirst();
            String password = forUser.orElseGet(() -> lines.isEmpty() ? "" : lines.get(0));
            if (password.isEmpty()) {
                throw new RemoteStoreException("password file " + file + " holds no password");
            }
            return new Credentials(user, password);
        }

        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String NTRIPLES = "application/n-triples; charset=utf-8";

    private final URI endpoint;
    private final Optional<Credentials> credentials;
    private final HttpClient client;

    private RemoteGspStore(URI endpoint, Optional<Credentials> credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A store writing to the Graph Store Protocol endpoint {@code endpoint} (for speech-kg's own server,
     * {@code http://HOST:PORT/kg/data}).
     *
     * @throws RemoteStoreException if {@code endpoint} is not an absolute http(s) URL
     */
    public static RemoteGspStore connect(URI endpoint, Optional<Credentials> credentials) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new RemoteStoreException(endpoint + ": not an http(s) URL of a Graph Store Protocol endpoint");
        }
        if (endpoint.getRawQuery() != null) {
            throw new RemoteStoreException(endpoint + ": give the endpoint without a query string; ?graph= is added per speech");
        }
        return new RemoteGspStore(endpoint, credentials);
    }

    /** The endpoint written to. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public long replace(Node graph, Consumer<StreamRDF> writer) {
        SpeechGraph content = SpeechGraph.of(graph, writer);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StreamRDF nt = StreamRDFWriter.getWriterStream(body, Lang.NTRIPLES);
        nt.start();
        content.quads().forEach(q -> nt.triple(q.asTriple()));
        nt.finish();
        HttpRequest request = request(graph)
                .header("Content-Type", NTRIPLES)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> r = sendWrite(request, graph);
        if (r.statusCode() / 100 != 2) {
            throw refused(r, graph);
        }
        return content.size();
    }

    @Override
    public boolean remove(Node graph) {
        HttpResponse<String> r = send(request(graph).DELETE().build(), graph);
        if (r.statusCode() == 404) {
            return false;
        }
        if (r.statusCode() / 100 != 2) {
            throw refused(r, graph);
        }
        return true;
    }

    /** Not available: the Graph Store Protocol has no way to list graphs. */
    @Override
    public List<Node> graphs() {
        throw new UnsupportedOperationException(endpoint + ": the Graph Store Protocol cannot list graphs; "
                + "ask the server's SPARQL endpoint (SELECT DISTINCT ?g { GRAPH ?g {} })");
    }

    /** Not available: the Graph Store Protocol has no way to count quads. */
    @Override
    public long size() {
        throw new UnsupportedOperationException(endpoint + ": the Graph Store Protocol cannot count quads; "
                + "ask the server's SPARQL endpoint");
    }

    @Override
    public void close() {
        // java.net.http.HttpClient releases its connections when unreachable
    }

    private HttpRequest.Builder request(Node graph) {
        if (!graph.isURI()) {
            throw new IllegalArgumentException("a speech graph is named by an IRI: " + graph);
        }
        URI uri = URI.create(endpoint + "?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2));
        credentials.ifPresent(c -> b.header("Authorization", c.header()));
        return b;
    }

    private HttpResponse<String> send(HttpRequest request, Node graph) {
        try {
            return exchange(request);
        } catch (IOException e) {
            throw cannotSend(request, graph, e);
        }
    }

    /**
     * Sends a write whose body may be large. A server that refuses it (401, 403) may answer and close the
     * connection while the body is still being sent; the client then sees a reset connection instead of
     * the answer. In that case an empty {@code POST} to the same graph, which adds nothing, asks again,
     * so that the user learns that the server refused the write and why. ({@code Expect: 100-continue}
     * would avoid the race, but Java 17's client waits for the full request timeout on servers that
     * ignore it.)
     */
    private HttpResponse<String> sendWrite(HttpRequest request, Node graph) {
        try {
            return exchange(request);
        } catch (IOException e) {
            HttpResponse<String> probe = probe(graph);
            if (probe != null && (probe.statusCode() == 401 || probe.statusCode() == 403)) {
                RemoteStoreException refused = refused(probe, graph);
                refused.addSuppressed(e);
                throw refused;
            }
            throw cannotSend(request, graph, e);
        }
    }

    /** The answer to an empty {@code POST} to {@code graph}, or null if none came. */
    private HttpResponse<String> probe(Node graph) {
        try {
            return exchange(request(graph).header("Content-Type", NTRIPLES).POST(HttpRequest.BodyPublishers.noBody()).build());
        } catch (IOException e) {
            return null;
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteStoreException(endpoint + ": interrupted", e);
        }
    }

    private RemoteStoreException cannotSend(HttpRequest request, Node graph, IOException e) {
        return new RemoteStoreException(endpoint + ": cannot " + request.method() + " graph " + graph.getURI()
                + ": " + e, e);
    }

    private RemoteStoreException refused(HttpResponse<String> r, Node graph) {
        int status = r.statusCode();
        String who = credentials.map(c -> "user '" + c.user() + "'").orElse("anonymous requests");
        if (status == 401) {
            return new RemoteStoreException(endpoint + " refused the credentials of " + who
                    + " (HTTP 401 Unauthorized): check --user and --password-file");
        }
        if (status == 403) {
            return new RemoteStoreException(endpoint + " does not let " + who + " write (HTTP 403 Forbidden)");
        }
        String body = r.body() == null ? "" : r.body().strip();
        return new RemoteStoreException(endpoint + " answered HTTP " + status + " to " + r.request().method()
                + " of graph " + graph.getURI() + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(300, body.length()))));
    }
}
