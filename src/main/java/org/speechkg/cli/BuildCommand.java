package org.speechkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.speechkg.resolve.ResolvedSpeech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code build DIR --out graph.nq}: speeches straight to an N-Quads file, no store. */
@Command(name = "build", description = "Extract speeches and write the graph as N-Quads, without a store.")
public final class BuildCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "A speech file or a directory of .txt speeches.")
    Path input;

    @Option(names = "--out", required = true, description = "Output N-Quads file.")
    Path out;

    @Option(names = "--base", defaultValue = "http://localhost:3030/", description = "Base IRI of the data.")
    String base;

    /** Speeches extracted together before being written. */
    private static final int CHUNK = 64;

    @Override
    public Integer call() throws Exception {
        Pipeline p = Pipeline.standard(base);
        List<Path> files = p.source().list(input);
        try (OutputStream os = Files.newOutputStream(out)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            w.start();
            // extracted in parallel a chunk at a time, so memory holds one chunk, not the corpus
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<ResolvedSpeech> chunk = files.subList(from, Math.min(files.size(), from + CHUNK))
                        .parallelStream().map(p::process).toList();
                chunk.forEach(rs -> p.emit(rs, w));
            }
            w.finish();
        }
        System.out.printf("wrote %d speeches to %s%n", files.size(), out);
        return 0;
    }
}
