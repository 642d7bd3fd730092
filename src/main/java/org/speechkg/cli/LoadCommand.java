package org.speechkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.speechkg.store.RemoteGspStore;
import org.speechkg.store.SpeechStore;
import org.speechkg.store.Tdb2SpeechStore;
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
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--to", description = "Write to this SPARQL 1.1 Graph Store Protocol endpoint instead of the "
            + "local store, e.g. http://host:3030/kg/data (one PUT ?graph=IRI per speech).")
    URI to;

    @Option(names = "--user", description = "User for HTTP Basic authentication at the --to endpoint.")
    String user;

    @Option(names = "--password-file", description = "File holding the password of --user (the password alone, "
            + "or user:password lines as in the server's password file).")
    Path passwordFile;

    @Option(names = "--threads", description = "Threads extracting speeches (default: all cores).")
    Integer threads;

    @Option(names = "--batch-quads", defaultValue = "2000000", description = "Quads per local write transaction "
            + "(many speeches, each whole; default: ${DEFAULT-VALUE}).")
    long batchQuads;

    @Override
    public Integer call() throws Exception {
        Pipeline p = Pipeline.standard(storeOptions.base);
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) files.addAll(p.source().list(in));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SpeechLoader loader = new SpeechLoader(p, n, batchQuads);
        SpeechLoader.Result result;
        try (SpeechStore store = openStore()) {
            result = loader.load(files, store, System.out, System.err);
        }
        return result.failed() == 0 ? 0 : 2;
    }

    private SpeechStore openStore() {
        if (to == null) {
            if (user != null || passwordFile != null) {
                throw new IllegalArgumentException("--user and --password-file go with --to URL");
            }
            return Tdb2SpeechStore.open(storeOptions.store);
        }
        if ((user == null) != (passwordFile == null)) {
            throw new IllegalArgumentException("give both --user and --password-file, or neither");
        }
        Optional<RemoteGspStore.Credentials> credentials = user == null ? Optional.empty()
                : Optional.of(RemoteGspStore.Credentials.fromPasswordFile(user, passwordFile));
        return RemoteGspStore.connect(to, credentials);
    }
}
