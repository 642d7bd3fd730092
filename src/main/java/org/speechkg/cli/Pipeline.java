package org.speechkg.cli;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.speechkg.clean.Cleaner;
import org.speechkg.clean.SpeechCleaner;
import org.speechkg.extract.Extractor;
import org.speechkg.extract.Gazetteer;
import org.speechkg.extract.RuleBasedExtractor;
import org.speechkg.ingest.FileSpeechSource;
import org.speechkg.ingest.RawSpeech;
import org.speechkg.ingest.SpeechSource;
import org.speechkg.rdf.IriMinter;
import org.speechkg.rdf.RdfEmitter;
import org.speechkg.rdf.SpeechRdfEmitter;
import org.speechkg.resolve.EntityResolver;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.resolve.ScopedEntityResolver;

/**
 * The stages wired together: file → raw → clean → extraction → resolved → quads. Stateless per speech,
 * so speeches can be processed in parallel.
 */
public record Pipeline(SpeechSource source, Cleaner cleaner, Extractor extractor, EntityResolver resolver,
                       RdfEmitter emitter, IriMinter iris) {

    /** The standard pipeline minting IRIs under {@code base}. */
    public static Pipeline standard(String base) {
        IriMinter iris = new IriMinter(base);
        return new Pipeline(new FileSpeechSource(), new SpeechCleaner(), RuleBasedExtractor.standard(),
                new ScopedEntityResolver(Gazetteer.standard()), new SpeechRdfEmitter(iris), iris);
    }

    public ResolvedSpeech process(RawSpeech raw) {
        return resolver.resolve(extractor.extract(cleaner.clean(raw)));
    }

    public ResolvedSpeech process(Path file) {
        return process(source.read(file));
    }

    /** Runs a resolved speech into {@code out} (the caller owns start/finish). */
    public void emit(ResolvedSpeech rs, StreamRDF out) {
        emitter.emit(rs, out);
    }

    public Node graphOf(String speechId) {
        return iris.graph(speechId);
    }
}
