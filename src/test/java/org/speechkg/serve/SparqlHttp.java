package org.speechkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Plain HTTP calls to a running server's {@code /kg} service with {@link HttpClient}. */
final class SparqlHttp {
    private final HttpClient client;
    private final String service;

    SparqlHttp(KgServer server) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    SparqlHttp(KgServer server, HttpClient client) {
        this.client = client;
        this.service = "http://localhost:" + server.port() + "/kg";
    }

    /** {@code <iri>} for a query text, so queries name ontology terms through the vocabulary constants. */
    static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /** URL of an endpoint of the service ({@code ""} for the service itself). */
    String url(String endpoint) {
        return endpoint.isEmpty() ? service : service + "/" + endpoint;
    }

    /** Runs a SELECT at {@code /kg/sparql} and returns all rows; fails unless the answer is 200. */
    List<QuerySolution> select(String query) {
        HttpResponse<String> r = query(query);
        if (r.statusCode() != 200) {
            throw new AssertionError("query answered " + r.statusCode() + ": " + r.body());
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    /** The single integer {@code ?n} of a COUNT query. */
    long count(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    /** POSTs a query form to {@code /kg/sparql}, asking for JSON results. */
    HttpResponse<String> query(String query) {
        return send(form("sparql", "query", query).header("Accept", "application/sparql-results+json").build());
    }

    /** POSTs an update form to {@code /kg/update}, with Basic credentials when {@code userPassword} is not null. */
    HttpResponse<String> update(String update, String userPassword) {
        HttpRequest.Builder b = form("update", "update", update);
        return send(withAuth(b, userPassword).build());
    }

    /** PUTs Turtle into graph {@code graph} at {@code /kg/data}. */
    HttpResponse<String> put(String graph, String turtle, String userPassword) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("data") + "?graph=" + enc(graph)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        return send(withAuth(b, userPassword).build());
    }

    /** GETs {@code /kg/ENDPOINT?QUERYSTRING} as N-Triples/Turtle. */
    HttpResponse<String> get(String endpoint, String queryString) {
        return send(HttpRequest.newBuilder(URI.create(url(endpoint) + "?" + queryString))
                .header("Accept", "application/n-triples").GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException stale) {
                // After refusing a write the server may close the connection without reading the body; a
                // pooled connection the client still holds then fails with no bytes received. Send once more
                // on a fresh connection: nothing reached the server the first time.
                if (!String.valueOf(stale.getMessage()).contains("received no bytes")) {
                    throw stale;
                }
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new AssertionError("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private HttpRequest.Builder form(String endpoint, String param, String value) {
        return HttpRequest.newBuilder(URI.create(url(endpoint)))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(param + "=" + enc(value)));
    }

    private static HttpRequest.Builder withAuth(HttpRequest.Builder b, String userPassword) {
        if (userPassword != null) {
            b.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
