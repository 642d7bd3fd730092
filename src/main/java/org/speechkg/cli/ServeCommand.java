package org.speechkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.speechkg.browse.Browse;
import org.speechkg.browse.BrowseConfig;
import org.speechkg.export.CytoscapeJsonWriter;
import org.speechkg.export.ExportServlet;
import org.speechkg.export.GraphExporter;
import org.speechkg.export.PropertyGraphBuilder;
import org.speechkg.rdf.IriMinter;
import org.speechkg.serve.KgServer;
import org.speechkg.serve.ServeOptions;
import org.speechkg.serve.ServedEndpoint;
import org.speechkg.serve.StoreStats;
import org.speechkg.store.Tdb2SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serve [DIR]}: optionally (re)load speeches into the store, then serve it with embedded Fuseki
 * until Ctrl-C, with the linked-data browser (pages, data documents, search, graph view, query page) and the
 * export endpoint ({@code /export}) mounted on the same port.
 */
@Command(name = "serve", description = "Load speeches into the store (if DIR is given) and serve it over SPARQL.")
public final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "A speech file or a directory of .txt speeches to load first.")
    Path input;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", defaultValue = "fuseki-config/config.ttl",
            description = "Fuseki configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--password-file", description = "File of user:password lines; these users may write "
            + "(SPARQL update, GSP write) with HTTP Basic auth. Without it, writes are refused.")
    Path passwordFile;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhostOnly;

    @Override
    public Integer call() throws IOException {
        Tdb2SpeechStore store = Tdb2SpeechStore.open(storeOptions.store);
        int skipped = input == null ? 0 : load(store);
        ServeOptions options = ServeOptions.defaults().withPort(port).withConfigFile(config)
                .withPasswordFile(passwordFile).withLocalhostOnly(localhostOnly)
                .withCustomizer(pages(store, storeOptions.base));
        KgServer server = KgServer.start(store, options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "speech-kg-serve-stop"));
        report(server, skipped);
        server.join();
        return 0;
    }

    /** The browser and the export servlet, for data minted under {@code base}. */
    static Consumer<FusekiServer.Builder> pages(Tdb2SpeechStore store, String base) {
        BrowseConfig browse = BrowseConfig.of(base, g -> CytoscapeJsonWriter.toJson(PropertyGraphBuilder.build(g)));
        return Browse.customizer(store.datasetGraph(), browse).andThen(builder -> builder.addServlet("/export",
                new ExportServlet(store.datasetGraph(), new GraphExporter(new IriMinter(base)))));
    }

    /** Loads {@code input} as {@code load} does: extraction on all cores, speeches batched into transactions. */
    private int load(Tdb2SpeechStore store) throws IOException {
        Pipeline p = Pipeline.standard(storeOptions.base);
        int cores = Runtime.getRuntime().availableProcessors();
        SpeechLoader loader = new SpeechLoader(p, cores, SpeechLoader.DEFAULT_BATCH_QUADS);
        return loader.load(p.source().list(input), store, System.out, System.err).failed();
    }

    private void report(KgServer server, int skipped) {
        System.out.println("speech-kg: serving " + storeOptions.store.toAbsolutePath() + " on port " + server.port());
        for (ServedEndpoint ep : server.describe()) {
            System.out.printf("  %-40s %-8s%s%n", ep.url(), ep.operation(), ep.authenticated() ? " (authenticated)" : "");
        }
        System.out.println("  browse: http://localhost:" + server.port() + "/   (data IRIs under " + storeOptions.base + ")");
        System.out.println("store: " + StoreStats.of(server.dataset()));
        if (skipped > 0) {
            System.out.println("skipped " + skipped + " file(s) that are not speeches (see above)");
        }
        System.out.println(server.passwordFile()
                .map(f -> "writes: HTTP Basic auth, users from " + f)
                .orElse("writes: refused (no --password-file)"));
        System.out.println("Ctrl-C to stop.");
    }
}
