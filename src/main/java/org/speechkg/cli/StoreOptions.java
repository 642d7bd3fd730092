package org.speechkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by commands that use the store. */
public final class StoreOptions {
    @Option(names = "--store", defaultValue = "data", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", defaultValue = "http://localhost:3030/",
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;
}
