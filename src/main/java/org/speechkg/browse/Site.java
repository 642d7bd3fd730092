package org.speechkg.browse;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.speechkg.browse.view.Layout;
import org.speechkg.browse.view.Link;

/**
 * What the browser's servlets share: the store, the configuration, the URL scheme, the ontology, the describer,
 * the search index, the overview and the templates. One per server.
 */
public final class Site {
    private final DatasetGraph dsg;
    private final BrowseConfig config;
    private final LinkedDataUrls urls;
    private final OntologyDocument ontology;
    private final NodeLabels labels;
    private final ResourceDescriber describer;
    private final LabelIndex index;
    private final CorpusOverview overview;
    private final Neighbourhood neighbourhood;
    private final Templates templates = new Templates();

    public Site(DatasetGraph dsg, BrowseConfig config) {
        this.dsg = dsg;
        this.config = config;
        this.urls = new LinkedDataUrls(config.base());
        this.ontology = OntologyDocument.load();
        this.labels = new NodeLabels(ontology);
        this.describer = new ResourceDescriber(dsg);
        StoreVersion version = new StoreVersion(dsg);
        this.index = new LabelIndex(dsg, version);
        this.overview = new CorpusOverview(dsg, version);
        this.neighbourhood = new Neighbourhood(dsg);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public BrowseConfig config() {
        return config;
    }

    public LinkedDataUrls urls() {
        return urls;
    }

    public OntologyDocument ontology() {
        return ontology;
    }

    public NodeLabels labels() {
        return labels;
    }

    public ResourceDescriber describer() {
        return describer;
    }

    public LabelIndex index() {
        return index;
    }

    public CorpusOverview overview() {
        return overview;
    }

    public Neighbourhood neighbourhood() {
        return neighbourhood;
    }

    public Templates templates() {
        return templates;
    }

    /** The page frame, with the RDF documents of {@code resource} as alternates (none if null). */
    public Layout layout(String title, Node resource, String query) {
        List<Layout.Alternate> alternates = new ArrayList<>();
        if (resource != null) {
            for (Lang lang : RdfConneg.LANGS) {
                urls.data(resource, RdfConneg.name(lang)).ifPresent(href -> alternates.add(
                        new Layout.Alternate(lang.getContentType().getContentTypeStr(), lang.getLabel(), href)));
            }
        }
        return new Layout(title, alternates, query == null ? "" : query,
                new Layout.Nav(urls.home(), urls.searchForm(), urls.queryPage(), urls.ontologyPage(),
                        urls.asset("browse.css")));
    }

    /** Links to the RDF documents of {@code resource}, one per syntax. */
    public List<Link> dataLinks(Node resource) {
        List<Link> out = new ArrayList<>();
        for (Lang lang : RdfConneg.LANGS) {
            urls.data(resource, RdfConneg.name(lang)).ifPresent(href -> out.add(new Link(lang.getLabel(), href)));
        }
        return out;
    }
}
