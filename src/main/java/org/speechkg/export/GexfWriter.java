package org.speechkg.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * GEXF 1.2 (Gephi's own format) via JGraphT's exporter. Nodes have the GEXF {@code label} and attributes
 * {@code type}, {@code iri}, {@code labels}; edges have the predicate's local name as label and the
 * predicate IRI as attribute {@code predicate}.
 */
public final class GexfWriter implements PropertyGraphWriter {
    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        GEXFExporter<PgNode, PgEdge> ex = new GEXFExporter<>(PgNode::id, PgEdge::id);
        ex.setCreator("speech-kg");
        ex.setDescription("speeches and the entities they mention");
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        ex.registerAttribute("type", AttributeCategory.NODE, GEXFAttributeType.STRING);
        ex.registerAttribute("iri", AttributeCategory.NODE, GEXFAttributeType.STRING);
        ex.registerAttribute("labels", AttributeCategory.NODE, GEXFAttributeType.STRING);
        ex.registerAttribute("predicate", AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.setVertexAttributeProvider(n -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(n.label()));
            m.put("type", DefaultAttribute.createAttribute(n.type()));
            m.put("iri", DefaultAttribute.createAttribute(n.iri()));
            m.put("labels", DefaultAttribute.createAttribute(String.join(";", n.labels())));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(e.type()));
            m.put("predicate", DefaultAttribute.createAttribute(e.predicate()));
            return m;
        });
        ex.exportGraph(graph.graph(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
