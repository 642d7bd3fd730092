package org.speechkg.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A quad store holding one named graph per speech.
 *
 * <p>Protocol: {@link #replace} drops the graph and writes its new content in one transaction, so a
 * reader sees the old speech or the new one, never a mix; if the writer throws, nothing changes.
 */
public interface SpeechStore extends AutoCloseable {
    /** Replaces named graph {@code graph} with the quads {@code writer} sends; returns the quad count written. */
    long replace(Node graph, Consumer<StreamRDF> writer);

    /** Removes named graph {@code graph}; returns false (and changes nothing) if it is not there. */
    boolean remove(Node graph);

    /** The named graphs held. */
    List<Node> graphs();

    /** Total quads held in named graphs. */
    long size();

    @Override
    void close();
}
