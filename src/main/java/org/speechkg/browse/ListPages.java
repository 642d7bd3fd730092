package org.speechkg.browse;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.ListPage;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/** Builds the paged "see all" listing of one property of a resource; mentions come with their sentence. */
final class ListPages {
    private final Site site;
    private final Rows rows;

    ListPages(Site site) {
        this.site = site;
        this.rows = new Rows(site);
    }

    ListPage build(Node iri, Node property, boolean incoming, int offset) {
        int size = site.config().listPageSize();
        return Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            long total = site.describer().count(iri, property, incoming);
            List<Node> page = site.describer().values(iri, property, incoming, offset, size);
            Mentions mentions = new Mentions(union, site);
            List<ListPage.Item> items = new ArrayList<>();
            for (Node n : page) {
                Link link = n.isLiteral() ? rows.link(union, n) : rows.typedLink(union, n);
                if (union.contains(n, W3C.rdfType, SKG.Mention)) {
                    var m = mentions.read(n);
                    var sentence = m.flatMap(mentions::sentence).orElse(null);
                    items.add(new ListPage.Item(link, sentence, m.map(x -> mentions.speechLink(x.speech())).orElse(null)));
                } else {
                    items.add(new ListPage.Item(link, null, null));
                }
            }
            Link subject = rows.link(union, iri);
            Link prop = rows.property(property);
            String previous = offset > 0 ? site.urls().list(iri, property, incoming, Math.max(0, offset - size)) : null;
            String next = offset + page.size() < total ? site.urls().list(iri, property, incoming, offset + size) : null;
            String title = subject.text() + " · " + prop.text();
            return new ListPage(site.layout(title, null, ""), subject, prop, incoming, items, total, offset + 1L,
                    previous, next);
        });
    }
}
