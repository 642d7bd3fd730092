package org.speechkg.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.speechkg.browse.ResourceDescriber.Description;
import org.speechkg.browse.view.EntityPage;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.MentionItem;
import org.speechkg.browse.view.StatisticRow;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Builds an entity's page: labels, class, Wikidata link, capped link rows both ways, the sentences that mention it
 * (capped, the mention marked) and the statistics reported in those sentences. The work is bounded by the cap,
 * not by how often the entity is mentioned.
 */
final class EntityPages {
    /** The entity classes: resources typed with one of these get an entity page. */
    static final List<Node> ENTITY_CLASSES = List.of(SKG.Organization, SKG.Document, SKG.Policy, SKG.Campaign,
            SKG.Event, SKG.Person, SKG.Place, SKG.Entity);

    /** Shown in the header, not as rows. */
    private static final Set<Node> HEADER = Set.of(W3C.rdfType, W3C.skosPrefLabel, W3C.skosAltLabel, W3C.rdfsLabel,
            W3C.owlSameAs, SKG.scope);
    /** Provenance shown as the mentions section or kept for the RDF: not rows. */
    private static final Set<Node> PROVENANCE = Set.of(SKG.denotes, SKG.assertedSubject, SKG.assertedObject);

    private final Site site;
    private final Rows rows;

    EntityPages(Site site) {
        this.site = site;
        this.rows = new Rows(site);
    }

    EntityPage build(Node iri) {
        int cap = site.config().pageCap();
        return Txn.calculateRead(site.dataset(), () -> {
            Description d = site.describer().description(iri, cap);
            Graph g = d.graph();
            Graph union = site.dataset().getUnionGraph();
            String label = site.labels().label(g, iri);
            Node type = g.find(iri, W3C.rdfType, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(LinkedDataUrls::isOntologyTerm).findFirst().orElse(SKG.Entity);
            List<String> alt = g.find(iri, W3C.skosAltLabel, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                    .toList();
            alt.sort(Comparator.naturalOrder());
            String scope = NodeLabels.literal(g, iri, SKG.scope).orElse("");
            List<Link> sameAs = g.find(iri, W3C.owlSameAs, Node.ANY).mapWith(t -> new Link(
                    site.ontology().shortForm(t.getObject()), site.urls().page(t.getObject()).orElse(null))).toList();

            Mentions mentions = new Mentions(union, site);
            List<Node> shown = g.find(Node.ANY, SKG.denotes, iri).mapWith(Triple::getSubject).toList();
            List<Mentions.Mention> read = new ArrayList<>();
            shown.forEach(m -> mentions.read(m).ifPresent(read::add));
            read.sort(Comparator.comparing((Mentions.Mention m) -> site.labels().label(union, m.speech()))
                    .thenComparingLong(Mentions.Mention::begin));
            List<MentionItem> items = new ArrayList<>();
            read.forEach(m -> mentions.item(m.iri()).ifPresent(items::add));
            long total = d.incoming().getOrDefault(SKG.denotes, 0L);
            String seeAll = total > items.size() ? site.urls().list(iri, SKG.denotes, true, 0) : null;

            return new EntityPage(site.layout(label, iri, ""), iri.getURI(), label, rows.property(type), alt, scope, sameAs, rows.outgoing(d, HEADER),
                    rows.incoming(d, PROVENANCE), items, total, seeAll, statistics(union, read, mentions),
                    site.urls().graphView(iri), site.dataLinks(iri));
        });
    }

    /** Statistics the speeches report in the sentences whose mentions are shown. */
    private List<StatisticRow> statistics(Graph union, List<Mentions.Mention> shown, Mentions mentions) {
        Set<Sentence> sentences = new LinkedHashSet<>();
        for (Mentions.Mention m : shown) {
            if (m.speech() != null) {
                Mentions.integer(union, m.iri(), SKG.sentenceIndex).ifPresent(i -> sentences.add(new Sentence(m.speech(), i)));
            }
        }
        Set<Node> speeches = new LinkedHashSet<>();
        sentences.forEach(s -> speeches.add(s.speech()));
        List<StatisticRow> out = new ArrayList<>();
        for (Node speech : speeches) {
            for (Triple t : union.find(speech, SKG.reports, Node.ANY).toList()) {
                Node st = t.getObject();
                Mentions.integer(union, st, SKG.sentenceIndex).filter(i -> sentences.contains(new Sentence(speech, i)))
                        .ifPresent(i -> out.add(StatisticRows.row(site, union, st, mentions)));
            }
        }
        return out;
    }

    /** A sentence of a speech, by index. */
    private record Sentence(Node speech, long index) {}
}
