package org.speechkg.export;

import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js elements JSON, ready for {@code cytoscape({elements: json.elements})} or Cytoscape desktop's
 * "Cytoscape.js JSON" import:
 * <pre>{"elements": {"nodes": [{"data": {"id", "label", "type", "iri", "labels"}}],
 *               "edges": [{"data": {"id", "source", "target", "label", "predicate"}}]}}</pre>
 * Built with Jena's JSON model, so escaping is the library's.
 */
public final class CytoscapeJsonWriter implements PropertyGraphWriter {
    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        JSON.write(out, toJson(graph));
    }

    /** The JSON document. */
    public static JsonObject toJson(PropertyGraph graph) {
        JsonArray nodes = new JsonArray();
        for (PgNode n : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.id());
            data.put("label", n.label());
            data.put("type", n.type());
            data.put("iri", n.iri());
            JsonArray labels = new JsonArray();
            n.labels().forEach(labels::add);
            data.put("labels", labels);
            nodes.add(wrap(data));
        }
        JsonArray edges = new JsonArray();
        for (PgEdge e : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("label", e.type());
            data.put("predicate", e.predicate());
            edges.add(wrap(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject doc = new JsonObject();
        doc.put("elements", elements);
        return doc;
    }

    private static JsonObject wrap(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }
}
