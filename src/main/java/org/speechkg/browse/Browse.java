package org.speechkg.browse;

import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Linked-data browsing of the knowledge graph, mounted on the embedded Fuseki server through
 * {@code ServeOptions.withCustomizer}:
 * <pre>
 *   /                          home: speeches, most mentioned entities, search box
 *   /entity/*, /speech/*, /graph/*, /kind/*   thing IRIs: 303 to the page or the data document (Vary: Accept)
 *   /ns, /ns/*, /ontology      the ontology: 303 to /page/ns or /data/ns
 *   /page/*, /data/*           HTML pages and RDF documents ({@link LinkedDataUrls})
 *   /list                      "see all" listings of capped properties
 *   /search                    label search ({@link LabelIndex})
 *   /network, /network.json    graph view around a resource (Cytoscape.js)
 *   /query                     SPARQL editor with the cookbook
 *   /static/*, /webjars/*      scripts and styles from the jar
 * </pre>
 * The thing IRIs resolve on this server when the data was loaded with the server's own base (the default
 * {@code http://localhost:3030/}); on another port they are mapped by path.
 */
public final class Browse {
    private Browse() {}

    /** A server customizer mounting the browser for {@code dsg}. */
    public static Consumer<FusekiServer.Builder> customizer(DatasetGraph dsg, BrowseConfig config) {
        return builder -> mount(builder, new Site(dsg, config));
    }

    /** Mounts every servlet of the browser on {@code builder}. */
    static void mount(FusekiServer.Builder builder, Site site) {
        DereferenceServlet things = new DereferenceServlet(site);
        for (String root : LinkedDataUrls.THING_ROOTS) {
            builder.addServlet("/" + root + "/*", things);
        }
        builder.addServlet("/ns", things);
        builder.addServlet("/ns/*", things);
        builder.addServlet("/ontology", things);
        PageServlet pages = new PageServlet(site);
        builder.addServlet(LinkedDataUrls.PAGE, pages);
        builder.addServlet(LinkedDataUrls.PAGE + "/*", pages);
        DataServlet data = new DataServlet(site);
        builder.addServlet(LinkedDataUrls.DATA, data);
        builder.addServlet(LinkedDataUrls.DATA + "/*", data);
        builder.addServlet("", new HomeServlet(site));
        builder.addServlet("/search", new SearchServlet(site));
        builder.addServlet("/list", new ListServlet(site));
        builder.addServlet("/network", new NetworkServlet(site, false));
        builder.addServlet("/network.json", new NetworkServlet(site, true));
        builder.addServlet("/query", new QueryServlet(site));
        builder.addServlet("/static/*", new StaticServlet(site, "static"));
        builder.addServlet("/webjars/*", new StaticServlet(site, "META-INF/resources/webjars"));
    }
}
