package org.speechkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.speechkg.store.Tdb2SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export --format F --out FILE}: the store's dataset in an RDF syntax. */
@Command(name = "export", description = "Export the store's graph (nquads, trig, turtle, jsonld).")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "nquads", description = "nquads | trig | turtle | jsonld")
    String format;

    @Option(names = "--out", required = true, description = "Output file.")
    Path out;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() throws Exception {
        RDFFormat fmt = switch (format.toLowerCase(Locale.ROOT)) {
            case "nquads", "nq" -> RDFFormat.NQUADS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "turtle", "ttl" -> RDFFormat.TURTLE_BLOCKS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD;
            default -> throw new IllegalArgumentException("unknown format '" + format + "'");
        };
        try (Tdb2SpeechStore store = Tdb2SpeechStore.open(storeOptions.store); OutputStream os = Files.newOutputStream(out)) {
            var dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                if (fmt.getLang() == Lang.TURTLE) {
                    RDFDataMgr.write(os, dsg.getUnionGraph(), fmt);
                } else {
                    RDFDataMgr.write(os, dsg, fmt);
                }
            });
        }
        System.out.println("exported to " + out);
        return 0;
    }
}
