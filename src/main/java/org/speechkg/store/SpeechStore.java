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
 * {@link #replaceAll} does the same for a batch of speeches.
 */
public interface SpeechStore extends AutoCloseable {
    /** Replaces named graph {@code graph} with the quads {@code writer} sends; returns the quad count written. */
    long replace(Node graph, Consumer<StreamRDF> writer);

    /**
     * Replaces each graph of {@code batch} with its content, iterating it once (it may be produced lazily,
     * while the speeches are extracted). Every speech is replaced whole or not at all; a store may write
     * the whole batch in one transaction (fewer commits, so faster loading), in which case a failure,
     * including one thrown by the iteration, leaves every graph of the batch as it was. Returns the quads
     * written.
     */
    default long replaceAll(Iterable<SpeechGraph> batch) {
        long n = 0;
        for (SpeechGraph g : batch) {
            n += replace(g.graph(), g::writeTo);
        }
        return n;
    }

    /** Removes named graph {@code graph}; returns false (and changes nothing) if it is not there. */
    boolean remove(Node graph);

    /** The named graphs held. */
    List<Node> graphs();

    /** Total quads held in named graphs. */
    long size();

    @Override
    void close();
}
