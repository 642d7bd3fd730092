package org.speechkg.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.speechkg.resolve.ResolvedSpeech;

/**
 * Stage interface: writes one resolved speech as quads in its own named graph to a stream. The same
 * stream type feeds a file writer, a TDB2 store or a remote endpoint. Implementations do not call
 * {@code start()}/{@code finish()}: the caller owns the stream.
 */
public interface RdfEmitter {
    void emit(ResolvedSpeech speech, StreamRDF out);
}
