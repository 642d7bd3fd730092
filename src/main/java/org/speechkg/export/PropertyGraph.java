package org.speechkg.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The knowledge graph as a labelled property graph for network tools: speeches and entities as nodes,
 * {@code mentions}/{@code cites} and entity relations as directed edges. Built once by
 * {@link PropertyGraphBuilder}; every property-graph writer reads this one model. Iteration order is the id
 * order, so output is deterministic.
 */
public final class PropertyGraph {
    private final Graph<PgNode, PgEdge> graph;
    private final Map<String, PgNode> byId;

    private PropertyGraph(Graph<PgNode, PgEdge> graph, Map<String, PgNode> byId) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The JGraphT view (directed, parallel edges allowed, read-only). */
    public Graph<PgNode, PgEdge> graph() {
        return graph;
    }

    public Set<PgNode> nodes() {
        return graph.vertexSet();
    }

    public Set<PgEdge> edges() {
        return graph.edgeSet();
    }

    public Optional<PgNode> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Accumulates nodes, then edges between them. */
    static final class Builder {
        private final Graph<PgNode, PgEdge> g = new DirectedPseudograph<>(PgEdge.class);
        private final Map<String, PgNode> byId = new LinkedHashMap<>();

        Builder node(PgNode n) {
            if (byId.putIfAbsent(n.id(), n) != null) {
                throw new IllegalArgumentException("duplicate node id " + n.id());
            }
            g.addVertex(n);
            return this;
        }

        Builder edge(PgEdge e) {
            PgNode s = byId.get(e.source());
            PgNode t = byId.get(e.target());
            if (s == null || t == null) {
                throw new IllegalArgumentException("edge " + e.id() + " has an endpoint that is not a node");
            }
            g.addEdge(s, t, e);
            return this;
        }

        PropertyGraph build() {
            return new PropertyGraph(g, byId);
        }
    }
}
