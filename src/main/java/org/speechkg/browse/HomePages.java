package org.speechkg.browse;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.speechkg.browse.CorpusOverview.SpeechInfo;
import org.speechkg.browse.CorpusOverview.Summary;
import org.speechkg.browse.view.HomePage;
import org.speechkg.browse.view.Link;

/** Builds the home page: a page of speeches and the most mentioned entities. */
final class HomePages {
    /** Speeches per page of the home listing. */
    static final int SPEECHES_PER_PAGE = 50;

    private final Site site;
    private final Rows rows;

    HomePages(Site site) {
        this.site = site;
        this.rows = new Rows(site);
    }

    HomePage build(int offset) {
        Summary s = site.overview().summary();
        int from = Math.max(0, Math.min(offset, Math.max(0, s.speeches().size() - 1)));
        List<Link> speeches = s.speeches().subList(from, Math.min(s.speeches().size(), from + SPEECHES_PER_PAGE)).stream()
                .map(this::speech).toList();
        List<Link> top = Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            return s.topEntities().stream().map(e -> {
                Link l = rows.typedLink(union, e.iri());
                return new Link(l.text(), l.href(), l.note() + " · " + e.speeches());
            }).toList();
        });
        String previous = from > 0 ? site.urls().speeches(Math.max(0, from - SPEECHES_PER_PAGE)) : null;
        String next = from + SPEECHES_PER_PAGE < s.speeches().size() ? site.urls().speeches(from + SPEECHES_PER_PAGE) : null;
        return new HomePage(site.layout("speech-kg", null, ""), speeches, s.speeches().size(), from, previous, next, top,
                s.entities());
    }

    private Link speech(SpeechInfo si) {
        String note = si.years().isEmpty() ? si.genre() : si.genre().isEmpty() ? si.years() : si.years() + " · " + si.genre();
        return new Link(si.title(), site.urls().page(si.iri()).orElse(null), note);
    }
}
