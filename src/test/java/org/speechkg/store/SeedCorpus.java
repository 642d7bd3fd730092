package org.speechkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.speechkg.cli.Pipeline;
import org.speechkg.rdf.IriMinter;
import org.speechkg.resolve.ResolvedSpeech;

/** The five seed speeches, run through the standard pipeline once per test JVM and loaded on demand. */
public final class SeedCorpus {
    /** The seeds directory at the repository root (the test working directory). */
    public static final Path DIR = Path.of("seeds");

    private static Pipeline pipeline;
    private static List<ResolvedSpeech> speeches;

    private SeedCorpus() {}

    /** The standard pipeline with the default base IRI. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(IriMinter.DEFAULT_BASE);
        }
        return pipeline;
    }

    /** The processed seeds, in file order. */
    public static synchronized List<ResolvedSpeech> speeches() {
        if (speeches == null) {
            Pipeline p = pipeline();
            try {
                speeches = p.source().list(DIR).stream().map(p::process).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return speeches;
    }

    /** Loads every seed into {@code store} (one graph each) and returns the store. */
    public static <S extends SpeechStore> S loadInto(S store) {
        Pipeline p = pipeline();
        for (ResolvedSpeech rs : speeches()) {
            store.replace(p.graphOf(rs.id()), out -> p.emit(rs, out));
        }
        return store;
    }
}
