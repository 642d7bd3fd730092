package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.OntologyPage;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * HTML pages: {@code /page/rel} (or {@code /page?iri=IRI}) renders the speech, entity or other resource, and
 * {@code /page/ns} the ontology. A speech's text ({@code nif:Context}) renders as its speech, whose marks carry the
 * mentions' {@code char=b,e} fragments as ids. 404 page for what the store does not know.
 */
final class PageServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    private final transient EntityPages entities;
    private final transient SpeechPages speeches;
    private final transient ResourcePages resources;

    PageServlet(Site site) {
        super(site);
        this.entities = new EntityPages(site);
        this.speeches = new SpeechPages(site);
        this.resources = new ResourcePages(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.equals(LinkedDataUrls.PAGE + "/" + LinkedDataUrls.ONTOLOGY)) {
            ontology(resp);
            return;
        }
        Optional<Node> thing = iriParameter(req, "iri").or(() -> site.urls().thingOfDocument(path, LinkedDataUrls.PAGE));
        if (thing.isEmpty()) {
            seeOther(resp, site.urls().home());
            return;
        }
        Node iri = thing.get();
        if (LinkedDataUrls.isOntologyTerm(iri) || iri.equals(OntologyDocument.ontologyIri())) {
            seeOther(resp, site.urls().page(iri).orElse(site.urls().ontologyPage()));
            return;
        }
        switch (kind(iri)) {
            case SPEECH -> site.templates().write(resp, 200, "speech.jte", speeches.build(iri));
            case TEXT -> site.templates().write(resp, 200, "speech.jte", speeches.build(speechOfText(iri)));
            case ENTITY -> site.templates().write(resp, 200, "entity.jte", entities.build(iri));
            case OTHER -> site.templates().write(resp, 200, "resource.jte", resources.build(iri));
            case UNKNOWN -> notFound(req, resp, iri.getURI());
        }
    }

    private void ontology(HttpServletResponse resp) throws IOException {
        OntologyDocument o = site.ontology();
        Node iri = OntologyDocument.ontologyIri();
        List<Link> data = new ArrayList<>();
        for (Lang lang : RdfConneg.LANGS) {
            data.add(new Link(lang.getLabel(), site.urls().ontologyData(RdfConneg.name(lang))));
        }
        site.templates().write(resp, 200, "ontology.jte",
                new OntologyPage(site.layout(o.title("en"), null, ""), o.title("en"), iri.getURI(), o.terms(), data));
    }

    private enum Kind { SPEECH, TEXT, ENTITY, OTHER, UNKNOWN }

    private Kind kind(Node iri) {
        return Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            if (union.contains(iri, W3C.rdfType, SKG.Speech)) {
                return Kind.SPEECH;
            }
            if (union.contains(iri, W3C.rdfType, W3C.nifContext) && speechOfText(iri) != null) {
                return Kind.TEXT;
            }
            for (Node c : EntityPages.ENTITY_CLASSES) {
                if (union.contains(iri, W3C.rdfType, c)) {
                    return Kind.ENTITY;
                }
            }
            return site.describer().exists(iri) ? Kind.OTHER : Kind.UNKNOWN;
        });
    }

    private Node speechOfText(Node text) {
        return Txn.calculateRead(site.dataset(), () ->
                Mentions.object(site.dataset().getUnionGraph(), text, W3C.provWasDerivedFrom).orElse(null));
    }
}
