package org.speechkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.speechkg.store.SpeechStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load FILE…}: (re)builds each speech's named graph, in the local TDB2 store or, with {@code --to},
 * at a remote SPARQL 1.1 Graph Store Protocol endpoint. Every speech is written whole in one transaction
 * (locally, several speeches share one; remotely, one HTTP PUT per speech).
 */
@Command(name = "load", description = "Extract speeches and replace their named graphs in the store.")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "Speech files or directories.")
    List<Path> inputs;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--threads", description = "Threads extracting speeches (default: all cores).")
    Integer threads;

    @Option(names = "--batch-quads", defaultValue = "2000000", description = "Quads per local write transaction "
            + "(many speeches, each whole; default: ${DEFAULT-VALUE}).")
    long batchQuads;

    @Override
    public Integer call() throws Exception {
        Pipeline p = Pipeline.standard(target.base());
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) files.addAll(p.source().list(in));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SpeechLoader loader = new SpeechLoader(p, n, batchQuads);
        SpeechLoader.Result result;
        try (SpeechStore store = target.open()) {
            result = loader.load(files, store, System.out, System.err);
        }
        return result.failed() == 0 ? 0 : 2;
    }
}
