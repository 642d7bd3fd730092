package org.speechkg.export;

/**
 * An edge of the {@link PropertyGraph}: one RDF triple between two nodes.
 *
 * @param id        short id, unique within one export ({@code e0}, {@code e1}, …)
 * @param source    id of the source node
 * @param target    id of the target node
 * @param type      the predicate's local name ({@code mentions}, {@code issuedBy}, …)
 * @param predicate the predicate IRI
 */
public record PgEdge(String id, String source, String target, String type, String predicate) {}
