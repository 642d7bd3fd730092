package org.speechkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.speechkg.store.RemoteGspStore;
import org.speechkg.store.SpeechStore;
import org.speechkg.store.Tdb2SpeechStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command writes: the local TDB2 store ({@code --store}), or, for a store a running server holds
 * (a TDB2 location belongs to one process), that server's Graph Store Protocol endpoint ({@code --to}).
 */
public final class TargetOptions {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--to", description = "Write to this SPARQL 1.1 Graph Store Protocol endpoint instead of the "
            + "local store, e.g. http://localhost:3030/kg/data (one request ?graph=IRI per speech).")
    URI to;

    @Option(names = "--user", description = "User for HTTP Basic authentication at the --to endpoint.")
    String user;

    @Option(names = "--password-file", description = "File holding the password of --user (the password alone, "
            + "or user:password lines as in the server's password file).")
    Path passwordFile;

    /** The base IRI data is minted under. */
    String base() {
        return storeOptions.base;
    }

    /** A readable name of the target, for messages. */
    String describe() {
        return to != null ? to.toString() : storeOptions.store.toString();
    }

    SpeechStore open() {
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
