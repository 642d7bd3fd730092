package org.speechkg.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.speechkg.browse.ResourceDescriber.Description;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.PropertyGroup;
import org.speechkg.vocab.W3C;

/**
 * Turns a capped {@link Description} into labelled rows: one {@link PropertyGroup} per property and direction,
 * each value a labelled link, with the full count and a "see all" link when values were left out.
 */
final class Rows {
    private final Site site;

    Rows(Site site) {
        this.site = site;
    }

    /** A labelled link to {@code n}'s page (no link for literals and blank nodes); literals note their language. */
    Link link(Graph g, Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String note = !lang.isEmpty() ? "@" + lang : "";
            return new Link(n.getLiteralLexicalForm(), null, note);
        }
        return new Link(site.labels().label(g, n), site.urls().page(n).orElse(null), "");
    }

    /** A link whose note names the class of {@code n}. */
    Link typedLink(Graph g, Node n) {
        Link l = link(g, n);
        String type = g.find(n, W3C.rdfType, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(LinkedDataUrls::isOntologyTerm).findFirst()
                .map(t -> site.ontology().label(t, "zh").orElse(site.ontology().shortForm(t))).orElse("");
        return new Link(l.text(), l.href(), type);
    }

    /** The property's label, linked to its definition. */
    Link property(Node p) {
        return new Link(site.ontology().displayLabel(p), site.urls().page(p).orElse(null), site.ontology().shortForm(p));
    }

    /** Rows for the outgoing values of every property not in {@code skip}, sorted by property label. */
    List<PropertyGroup> outgoing(Description d, Set<Node> skip) {
        return groups(d, d.outgoing(), false, skip);
    }

    /** Rows for the resources linking to the subject, per property not in {@code skip}. */
    List<PropertyGroup> incoming(Description d, Set<Node> skip) {
        return groups(d, d.incoming(), true, skip);
    }

    /** One property's row. */
    PropertyGroup group(Description d, Node p, boolean incoming) {
        Graph g = d.graph();
        long total = (incoming ? d.incoming() : d.outgoing()).getOrDefault(p, 0L);
        List<Triple> triples = incoming ? g.find(Node.ANY, p, d.iri()).toList() : g.find(d.iri(), p, Node.ANY).toList();
        List<Link> values = new ArrayList<>();
        for (Triple t : triples) {
            values.add(typedLinkOrValue(g, incoming ? t.getSubject() : t.getObject()));
        }
        values.sort(Comparator.comparing(Link::text));
        String seeAll = total > values.size() ? site.urls().list(d.iri(), p, incoming, 0) : null;
        return new PropertyGroup(property(p), values, total, seeAll);
    }

    private Link typedLinkOrValue(Graph g, Node n) {
        return n.isLiteral() ? link(g, n) : typedLink(g, n);
    }

    private List<PropertyGroup> groups(Description d, Map<Node, Long> counts, boolean incoming, Set<Node> skip) {
        List<PropertyGroup> out = new ArrayList<>();
        for (Node p : counts.keySet()) {
            if (!skip.contains(p)) {
                out.add(group(d, p, incoming));
            }
        }
        out.sort(Comparator.comparing(pg -> pg.property().text()));
        return out;
    }
}
