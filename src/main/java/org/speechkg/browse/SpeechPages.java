package org.speechkg.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.speechkg.browse.view.EntityGroup;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.PropertyGroup;
import org.speechkg.browse.view.RelationRow;
import org.speechkg.browse.view.Segment;
import org.speechkg.browse.view.SpeechPage;
import org.speechkg.browse.view.StatisticRow;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Builds a speech's page: metadata, the text with every mention highlighted and linked to its entity, the entities
 * by class, statistics and relations. A speech is bounded, so nothing here is capped.
 */
final class SpeechPages {
    /** Metadata rows, in this order. */
    private static final List<Node> METADATA = List.of(SKG.genre, SKG.year, SKG.speakerRole, SKG.adminLevel,
            SKG.mentionedDate, SKG.sourceFile, SKG.charCount, W3C.dctLanguage);

    private final Site site;
    private final Rows rows;

    SpeechPages(Site site) {
        this.site = site;
        this.rows = new Rows(site);
    }

    SpeechPage build(Node speech) {
        return Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            Mentions mentions = new Mentions(union, site);
            String title = site.labels().label(union, speech);
            List<PropertyGroup> metadata = new ArrayList<>();
            for (Node p : METADATA) {
                List<Link> values = union.find(speech, p, Node.ANY).mapWith(t -> rows.link(union, t.getObject())).toList();
                if (!values.isEmpty()) {
                    values.sort(Comparator.comparing(Link::text));
                    metadata.add(new PropertyGroup(rows.property(p), values, values.size(), null));
                }
            }
            List<Mentions.Mention> spans = new ArrayList<>();
            union.find(speech, SKG.hasMention, Node.ANY).forEachRemaining(t -> mentions.read(t.getObject()).ifPresent(spans::add));
            Optional<TextSpans> text = Mentions.object(union, speech, SKG.text).flatMap(mentions::text);
            List<Segment> segments = text.map(t -> segments(union, t, spans)).orElse(List.of());

            List<StatisticRow> stats = union.find(speech, SKG.reports, Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .sorted(Comparator.comparingLong(st -> Mentions.integer(union, st, W3C.nifBeginIndex).orElse(0L)))
                    .map(st -> StatisticRows.row(site, union, st, mentions)).toList();
            Node graph = graphOf(speech);
            Link export = new Link("TriG", site.urls().export(NodeLabels.fallback(graph == null ? speech : graph), "trig"));
            return new SpeechPage(site.layout(title, speech, ""), speech.getURI(), title, metadata, segments,
                    entityGroups(union, speech, spans), stats, relations(union, speech), site.urls().graphView(speech),
                    site.dataLinks(speech), graph == null ? null : export);
        });
    }

    /** The text cut at the outermost mentions; each marked piece links to the (first) entity it denotes. */
    private List<Segment> segments(Graph union, TextSpans text, List<Mentions.Mention> spans) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Mentions.Mention m : TextSpans.outermost(spans.stream().filter(s -> text.valid(s.begin(), s.end())).toList())) {
            int b = text.index(m.begin());
            int e = text.index(m.end());
            if (b > at) {
                out.add(Segment.plain(text.text().substring(at, b)));
            }
            List<Node> entities = union.find(m.iri(), SKG.denotes, Node.ANY).mapWith(Triple::getObject).toList();
            entities.sort(Comparator.comparing(Node::toString));
            String fragment = m.iri().getURI().contains("#") ? m.iri().getURI().substring(m.iri().getURI().indexOf('#') + 1) : "";
            if (entities.isEmpty()) {
                out.add(Segment.plain(text.text().substring(b, e)));
            } else {
                Node first = entities.get(0);
                List<String> titles = entities.stream().map(en -> rows.typedLink(union, en))
                        .map(l -> l.text() + " (" + l.note() + ")").toList();
                String type = union.find(first, W3C.rdfType, Node.ANY).toList().stream().map(Triple::getObject)
                        .filter(LinkedDataUrls::isOntologyTerm).map(NodeLabels::fallback).findFirst().orElse("");
                out.add(new Segment(text.text().substring(b, e), site.urls().page(first).orElse(""),
                        String.join(" / ", titles), type, fragment));
            }
            at = e;
        }
        if (at < text.text().length()) {
            out.add(Segment.plain(text.text().substring(at)));
        }
        return out;
    }

    /** The entities mentioned, by class (in the ontology's class order), each with its number of mentions. */
    private List<EntityGroup> entityGroups(Graph union, Node speech, List<Mentions.Mention> spans) {
        Map<Node, Integer> mentionCounts = new HashMap<>();
        for (Mentions.Mention m : spans) {
            union.find(m.iri(), SKG.denotes, Node.ANY).forEachRemaining(t -> mentionCounts.merge(t.getObject(), 1, Integer::sum));
        }
        Map<Node, TreeMap<String, Link>> byType = new LinkedHashMap<>();
        EntityPages.ENTITY_CLASSES.forEach(c -> byType.put(c, new TreeMap<>()));
        union.find(speech, SKG.mentions, Node.ANY).forEachRemaining(t -> {
            Node e = t.getObject();
            Link l = rows.link(union, e);
            Node type = union.find(e, W3C.rdfType, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(byType::containsKey).findFirst().orElse(SKG.Entity);
            byType.get(type).put(l.text() + "\u0000" + e, new Link(l.text(), l.href(),
                    Integer.toString(mentionCounts.getOrDefault(e, 0))));
        });
        List<EntityGroup> out = new ArrayList<>();
        byType.forEach((type, links) -> {
            if (!links.isEmpty()) {
                out.add(new EntityGroup(rows.property(type), new ArrayList<>(links.values())));
            }
        });
        return out;
    }

    private List<RelationRow> relations(Graph union, Node speech) {
        List<RelationRow> out = new ArrayList<>();
        for (Triple t : union.find(Node.ANY, SKG.inSpeech, speech).toList()) {
            Node a = t.getSubject();
            if (!union.contains(a, W3C.rdfType, SKG.RelationAssertion)) {
                continue;
            }
            Optional<Node> s = Mentions.object(union, a, SKG.assertedSubject);
            Optional<Node> p = Mentions.object(union, a, SKG.assertedPredicate);
            Optional<Node> o = Mentions.object(union, a, SKG.assertedObject);
            if (s.isPresent() && p.isPresent() && o.isPresent()) {
                out.add(new RelationRow(rows.link(union, s.get()), rows.property(p.get()), rows.link(union, o.get()),
                        NodeLabels.literal(union, a, SKG.evidence).orElse("")));
            }
        }
        out.sort(Comparator.comparing((RelationRow r) -> r.subject().text()).thenComparing(r -> r.object().text()));
        return out;
    }

    /** The named graph holding the speech, if any. */
    private Node graphOf(Node speech) {
        var it = site.dataset().find(Node.ANY, speech, W3C.rdfType, SKG.Speech);
        try {
            return it.hasNext() ? it.next().getGraph() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
