package org.speechkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.speechkg.export.ExportFormat;
import org.speechkg.export.ExportRequest;
import org.speechkg.export.GraphExporter;
import org.speechkg.rdf.IriMinter;
import org.speechkg.store.Tdb2SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export --format F --out FILE|DIR [--speech ID] [--construct query.rq]}: the store, one speech or a
 * CONSTRUCT result, as RDF or as a property graph for network tools. All the work is in
 * {@link GraphExporter}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the store's graph as RDF or as a property graph (see docs/export.md).")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "nquads",
            description = "nquads | trig | turtle | jsonld | rdfxml | graphml | gexf | neo4j | cytoscape (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true,
            description = "Output file; for neo4j a directory that gets nodes.csv and edges.csv.")
    Path out;

    @Option(names = "--speech", description = "Export only this speech's named graph (speech id).")
    String speech;

    @Option(names = "--construct", description = "File with a SPARQL CONSTRUCT query; export its result.")
    Path construct;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = ExportFormat.parse(format);
        String query = construct == null ? null : Files.readString(construct, StandardCharsets.UTF_8);
        if (!Files.isDirectory(storeOptions.store)) {
            throw new IllegalArgumentException("no store at " + storeOptions.store + " (run load first, or pass --store)");
        }
        ExportRequest req = new ExportRequest(fmt, speech, query);
        try (Tdb2SpeechStore store = Tdb2SpeechStore.open(storeOptions.store)) {
            List<Path> written = new GraphExporter(new IriMinter(storeOptions.base)).write(store.datasetGraph(), req, out);
            written.forEach(p -> System.out.println("exported " + fmt.token() + " to " + p));
        }
        return 0;
    }
}
