package org.speechkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve DIR}: build the store from speeches and serve it with embedded Fuseki. */
@Command(name = "serve", description = "Load speeches into the store and serve it over SPARQL.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("serve is being built");
    }
}
