package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.speechkg.browse.view.QueryPage;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.SKG;

/**
 * {@code /query}: a SPARQL editor (CodeMirror with its SPARQL mode, from the WebJar) and the cookbook to pick from.
 * The page's script POSTs the query to the SPARQL endpoint and renders the results as a table whose data and
 * ontology IRIs link to their pages. {@code ?q=NAME} preselects a cookbook query.
 */
final class QueryServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;

    QueryServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<QueryPage.CookbookEntry> cookbook = Cookbook.load();
        String selected = req.getParameter("q");
        String initial = cookbook.stream().filter(e -> e.id().equals(selected)).findFirst()
                .map(QueryPage.CookbookEntry::text).orElse(defaultQuery());
        LinkedDataUrls urls = site.urls();
        QueryPage page = new QueryPage(site.layout("SPARQL query", null, ""), site.config().sparqlEndpoint(), urls.base(),
                SKG.NS, urls.pageByIriPrefix(), cookbook, initial,
                List.of(urls.webjar(WebJars.CODEMIRROR_JS), urls.webjar(WebJars.CODEMIRROR_SPARQL), urls.asset("query.js")),
                List.of(urls.webjar(WebJars.CODEMIRROR_CSS)));
        site.templates().write(resp, 200, "query.jte", page);
    }

    /** The editor's text before a cookbook query is picked. */
    static String defaultQuery() {
        return Namespaces.sparqlPrologue() + "\n"
                + "SELECT ?entity ?label (COUNT(DISTINCT ?speech) AS ?speeches) WHERE {\n"
                + "  ?speech skg:mentions ?entity .\n"
                + "  ?entity skos:prefLabel ?label .\n"
                + "}\nGROUP BY ?entity ?label\nORDER BY DESC(?speeches)\nLIMIT 20\n";
    }
}
