package org.speechkg.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML via JGraphT's exporter. Node and edge labels use GraphML attribute {@code label} (what Gephi and
 * yEd show); nodes also carry {@code type}, {@code iri} and {@code labels} (Neo4j labels joined by {@code ;}),
 * edges {@code predicate} (the IRI).
 */
public final class GraphMlWriter implements PropertyGraphWriter {
    /** The attribute name Gephi, yEd and Cytoscape read labels from. */
    static final String LABEL = "label";

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        GraphMLExporter<PgNode, PgEdge> ex = new GraphMLExporter<>(PgNode::id);
        ex.setEdgeIdProvider(PgEdge::id);
        ex.setVertexLabelAttributeName(LABEL);
        ex.setEdgeLabelAttributeName(LABEL);
        ex.setExportVertexLabels(true);
        ex.setExportEdgeLabels(true);
        ex.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("iri", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("labels", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("predicate", AttributeCategory.EDGE, AttributeType.STRING);
        ex.setVertexAttributeProvider(GraphMlWriter::nodeAttributes);
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put(LABEL, DefaultAttribute.createAttribute(e.type()));
            m.put("predicate", DefaultAttribute.createAttribute(e.predicate()));
            return m;
        });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ex.exportGraph(graph.graph(), w);
    }

    private static Map<String, Attribute> nodeAttributes(PgNode n) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put(LABEL, DefaultAttribute.createAttribute(n.label()));
        m.put("type", DefaultAttribute.createAttribute(n.type()));
        m.put("iri", DefaultAttribute.createAttribute(n.iri()));
        m.put("labels", DefaultAttribute.createAttribute(String.join(";", n.labels())));
        return m;
    }
}
