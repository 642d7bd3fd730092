package org.speechkg.export;

import java.util.List;

/**
 * A node of the {@link PropertyGraph}: a speech or an entity.
 *
 * @param id     short id, unique within one export ({@code n0}, {@code n1}, … in IRI order); valid as an
 *               XML NMTOKEN, which GraphML requires and IRIs are not
 * @param iri    the RDF resource ({@code _:label} for a blank node)
 * @param label  display label: {@code skos:prefLabel} of an entity, {@code dct:title} of a speech
 * @param type   the primary class's local name ({@code Speech}, {@code Organization}, …), or {@code Resource}
 * @param labels Neo4j labels: {@code Speech}, or {@code Entity} plus the entity class(es), or {@code Resource}
 */
public record PgNode(String id, String iri, String label, String type, List<String> labels) {
    public PgNode {
        labels = List.copyOf(labels);
    }
}
