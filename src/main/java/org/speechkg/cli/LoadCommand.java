package org.speechkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.speechkg.ingest.IngestException;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.store.Tdb2SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code load FILE…}: (re)builds each speech's named graph in the store, one transaction per speech. */
@Command(name = "load", description = "Extract speeches and replace their named graphs in the store.")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "Speech files or directories.")
    List<Path> inputs;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() throws Exception {
        Pipeline p = Pipeline.standard(storeOptions.base);
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) files.addAll(p.source().list(in));
        int failed = 0;
        try (Tdb2SpeechStore store = Tdb2SpeechStore.open(storeOptions.store)) {
            for (Path f : files) {
                try {
                    ResolvedSpeech rs = p.process(f);
                    long n = store.replace(p.graphOf(rs.id()), out -> p.emit(rs, out));
                    System.out.printf("loaded %s: %d quads%n", rs.id(), n);
                } catch (IngestException e) {
                    System.err.println("speech-kg: skipped " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 2;
    }
}
