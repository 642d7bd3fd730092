package org.speechkg.serve;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * The knowledge graph served over SPARQL by an embedded Apache Jena Fuseki, configured from a Fuseki
 * configuration file ({@link FusekiConfigFile}) whose TDB2 dataset is replaced by the given store, so
 * the loader and the server share one TDB2 {@link DatasetGraph} in one JVM.
 *
 * <p>Writes (SPARQL update, GSP write) need HTTP Basic credentials from the password file; without one
 * they are refused for everyone. Queries and GSP reads are anonymous; query answers are capped in rows
 * ({@link ResultLimit}) and in time ({@code arq:queryTimeout}). Other modules mount their pages
 * through {@link ServeOptions#withCustomizer}.
 */
public final class KgServer implements AutoCloseable {
    private static final Set<Operation> WRITES = Set.of(Operation.Update, Operation.GSP_RW, Operation.Upload,
            Operation.Patch, Operation.PREFIXES_RW);

    private final FusekiServer server;
    private final DatasetGraph dataset;
    private final Optional<Path> passwordFile;

    private KgServer(FusekiServer server, DatasetGraph dataset, Optional<Path> passwordFile) {
        this.server = server;
        this.dataset = dataset;
        this.passwordFile = passwordFile;
    }

    /** Serves {@code store}. */
    public static KgServer start(Tdb2SpeechStore store, ServeOptions options) {
        return start(store.datasetGraph(), options);
    }

    /**
     * Serves {@code dsg} (a TDB2 dataset, on disk or in memory) as configured by {@code options}.
     *
     * @throws ServeException if the configuration or password file is unusable or the port is taken
     */
    public static KgServer start(DatasetGraph dsg, ServeOptions options) {
        FusekiConfigFile config = FusekiConfigFile.load(options.configFile(), tdb2Location(dsg));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.localhostOnly())
                .parseConfig(config.model());
        // Normally the assembler already returned this very instance (same location, same JVM); for a
        // dataset without a location (in memory) this is what puts it behind the service.
        config.tdb2Services().forEach(name -> builder.getDataServiceBuilder(name).dataset(dsg));
        config.unionDefaultGraph().ifPresent(u -> dsg.getContext().set(TDB2.symUnionDefaultGraph, u));

        Optional<Path> passwordFile = options.passwordFileIfAny().or(config::passwordFile);
        BasicAuthHandler auth = passwordFile.map(PasswordFile::read).map(BasicAuthHandler::new).orElse(null);
        if (auth != null) {
            builder.securityHandler(auth);
        }
        ResultLimit.install(builder);
        options.customizer().accept(builder);
        FusekiServer server = builder.build();
        if (auth != null) {
            auth.challengeWritesTo(writePaths(server.getDataAccessPointRegistry()));
        }
        try {
            server.start();
        } catch (FusekiException e) {
            throw new ServeException("cannot start the server on port " + options.port() + ": " + e.getMessage(), e);
        }
        return new KgServer(server, dsg, passwordFile);
    }

    /** The TDB2 location to write into the configuration: the dataset's own directory, or in-memory. */
    static String tdb2Location(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphSwitchable tdb && !tdb.getLocation().isMem()) {
            return tdb.getLocation().getDirectoryPath();
        }
        return "--mem--";
    }

    private static Set<String> writePaths(DataAccessPointRegistry registry) {
        return registry.accessPoints().stream()
                .flatMap(dap -> dap.getDataService().getEndpoints().stream()
                        .filter(ep -> WRITES.contains(ep.getOperation()) && !ep.isUnnamed() && needsUser(ep))
                        .map(ep -> dap.getName() + "/" + ep.getName()))
                .collect(Collectors.toSet());
    }

    private static boolean needsUser(Endpoint ep) {
        AuthPolicy policy = ep.getAuthPolicy();
        return policy != null && !policy.isAllowed(null);
    }

    /** The HTTP port in use (the one picked, if 0 was asked for). */
    public int port() {
        return server.getHttpPort();
    }

    /** The dataset served. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The password file of the users who may write; empty when writes are refused for everyone. */
    public Optional<Path> passwordFile() {
        return passwordFile;
    }

    /** The URLs of all endpoints, sorted. */
    public List<String> endpoints() {
        return describe().stream().map(ServedEndpoint::url).distinct().sorted().toList();
    }

    /** Every endpoint with its operation and whether it needs an authenticated user, sorted by URL. */
    public List<ServedEndpoint> describe() {
        String base = "http://localhost:" + port();
        return server.getDataAccessPointRegistry().accessPoints().stream()
                .flatMap(dap -> dap.getDataService().getEndpoints().stream().map(ep -> new ServedEndpoint(
                        base + url(dap, ep), ep.getOperation().getName(), needsUser(ep))))
                .sorted(Comparator.comparing(ServedEndpoint::url).thenComparing(ServedEndpoint::operation))
                .toList();
    }

    private static String url(DataAccessPoint dap, Endpoint ep) {
        return ep.isUnnamed() ? dap.getName() : dap.getName() + "/" + ep.getName();
    }

    /** The underlying Fuseki server, for inspection. */
    public FusekiServer fuseki() {
        return server;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; the dataset stays open for the rest of the JVM. */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
