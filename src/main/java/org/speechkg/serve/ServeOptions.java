package org.speechkg.serve;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * How to run the embedded server.
 *
 * @param port          HTTP port; 0 picks a free one
 * @param configFile    Fuseki configuration file (see {@link FusekiConfigFile})
 * @param passwordFile  users allowed to write ({@link PasswordFile}); null: writes are refused for everyone
 * @param localhostOnly listen on the loopback interface only
 * @param customizer    called with the Fuseki builder after the configuration is applied and before the
 *                      server is built: the hook for other modules to add servlets, filters or endpoints
 */
public record ServeOptions(int port, Path configFile, Path passwordFile, boolean localhostOnly,
                           Consumer<FusekiServer.Builder> customizer) {
    /** Fuseki's conventional port. */
    public static final int DEFAULT_PORT = 3030;
    /** The configuration file shipped with the project, relative to the working directory. */
    public static final Path DEFAULT_CONFIG = Path.of("fuseki-config", "config.ttl");

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(customizer, "customizer");
    }

    /** Port 3030, the default configuration file, no writers, all interfaces, no customizer. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_PORT, DEFAULT_CONFIG, null, false, b -> {});
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(newPort, configFile, passwordFile, localhostOnly, customizer);
    }

    public ServeOptions withConfigFile(Path file) {
        return new ServeOptions(port, file, passwordFile, localhostOnly, customizer);
    }

    public ServeOptions withPasswordFile(Path file) {
        return new ServeOptions(port, configFile, file, localhostOnly, customizer);
    }

    public ServeOptions withLocalhostOnly(boolean only) {
        return new ServeOptions(port, configFile, passwordFile, only, customizer);
    }

    /** Adds {@code more} after the customizers already set. */
    public ServeOptions withCustomizer(Consumer<FusekiServer.Builder> more) {
        return new ServeOptions(port, configFile, passwordFile, localhostOnly, customizer.andThen(more));
    }

    /** The password file, if writes are enabled. */
    public Optional<Path> passwordFileIfAny() {
        return Optional.ofNullable(passwordFile);
    }
}
