package org.speechkg.browse;

import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;

/**
 * How the browser is set up.
 *
 * @param base           base IRI of the data (as given to the loader with {@code --base})
 * @param sparqlEndpoint path of the SPARQL query endpoint the query page POSTs to
 * @param pageCap        values shown per property on a page before "see all"
 * @param dataCap        values per property in a data document
 * @param listPageSize   rows per page of a "see all" listing
 * @param graphPerNode   neighbours followed from each node of the graph view
 * @param graphMaxNodes  nodes at most in the graph view
 * @param networkJson    turns a neighbourhood (RDF) into Cytoscape.js elements JSON; the wiring passes the export
 *                       module's property-graph model, which this module may not depend on
 */
public record BrowseConfig(String base, String sparqlEndpoint, int pageCap, int dataCap, int listPageSize,
                           int graphPerNode, int graphMaxNodes, Function<Graph, JsonObject> networkJson) {
    /** The SPARQL endpoint of {@code fuseki-config/config.ttl}. */
    public static final String DEFAULT_ENDPOINT = "/kg/sparql";

    public BrowseConfig {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(sparqlEndpoint, "sparqlEndpoint");
        Objects.requireNonNull(networkJson, "networkJson");
        if (pageCap < 1 || dataCap < 1 || listPageSize < 1 || graphPerNode < 1 || graphMaxNodes < 1) {
            throw new IllegalArgumentException("caps must be positive");
        }
    }

    /** Data under {@code base}, pages with 20 values per property, data documents with 500. */
    public static BrowseConfig of(String base, Function<Graph, JsonObject> networkJson) {
        return new BrowseConfig(base, DEFAULT_ENDPOINT, 20, 500, 50, 12, 120, networkJson);
    }

    public BrowseConfig withPageCap(int cap) {
        return new BrowseConfig(base, sparqlEndpoint, cap, dataCap, listPageSize, graphPerNode, graphMaxNodes, networkJson);
    }

    public BrowseConfig withDataCap(int cap) {
        return new BrowseConfig(base, sparqlEndpoint, pageCap, cap, listPageSize, graphPerNode, graphMaxNodes, networkJson);
    }

    public BrowseConfig withSparqlEndpoint(String path) {
        return new BrowseConfig(base, path, pageCap, dataCap, listPageSize, graphPerNode, graphMaxNodes, networkJson);
    }
}
