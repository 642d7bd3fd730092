package org.speechkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code speech-kg} command: a thin shell over the pipeline stages. */
@Command(name = "speech-kg", mixinStandardHelpOptions = true, version = "speech-kg 0.1.0",
        description = "Builds an RDF knowledge graph from Chinese political speeches and serves it.",
        subcommands = {BuildCommand.class, LoadCommand.class, RemoveCommand.class, ServeCommand.class,
                ExportCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, cl, pr) -> {
                    cl.getErr().println("speech-kg: " + ex.getMessage());
                    return 1;
                })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
