package org.speechkg.browse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.speechkg.cli.Pipeline;
import org.speechkg.export.CytoscapeJsonWriter;
import org.speechkg.export.ExportServlet;
import org.speechkg.export.GraphExporter;
import org.speechkg.export.PropertyGraphBuilder;
import org.speechkg.rdf.IriMinter;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.serve.KgServer;
import org.speechkg.serve.ServeOptions;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * The seed speeches run through the real pipeline into an in-memory TDB2 store, served by a real {@link KgServer}
 * on a free port with the browser and the export servlet mounted as {@code serve} mounts them. Built once per JVM
 * and shared by the test classes (the server stops with the JVM).
 */
final class SeedSite {
    /** The default base: the server runs on another port, so IRIs are mapped by path. */
    static final String BASE = "http://localhost:3030/";

    private static Tdb2SpeechStore store;
    private static KgServer server;
    private static final List<String> IDS = new ArrayList<>();

    private SeedSite() {}

    static synchronized Tdb2SpeechStore store() {
        if (store == null) {
            Pipeline p = Pipeline.standard(BASE);
            Tdb2SpeechStore s = Tdb2SpeechStore.inMemory();
            try {
                for (Path f : p.source().list(Path.of("seeds"))) {
                    ResolvedSpeech rs = p.process(f);
                    s.replace(p.graphOf(rs.id()), out -> p.emit(rs, out));
                    IDS.add(rs.id());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = s;
        }
        return store;
    }

    static synchronized List<String> speechIds() {
        store();
        return List.copyOf(IDS);
    }

    static synchronized KgServer server() {
        if (server == null) {
            server = start(store().datasetGraph(), config(BASE));
        }
        return server;
    }

    /** The browser's configuration as {@code serve} makes it, for data under {@code base}. */
    static BrowseConfig config(String base) {
        return BrowseConfig.of(base, g -> CytoscapeJsonWriter.toJson(PropertyGraphBuilder.build(g)));
    }

    /** A real server on a free loopback port with the browser and the export servlet. */
    static KgServer start(DatasetGraph dsg, BrowseConfig config) {
        return KgServer.start(dsg, ServeOptions.defaults().withPort(0).withLocalhostOnly(true)
                .withCustomizer(Browse.customizer(dsg, config))
                .withCustomizer(b -> b.addServlet("/export",
                        new ExportServlet(dsg, new GraphExporter(new IriMinter(config.base()))))));
    }

    /** {@code http://localhost:PORT} + {@code path}. */
    static String url(String path) {
        return "http://localhost:" + server().port() + path;
    }
}
