package org.speechkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The complete content of one speech's named graph, held in memory so it can be written without running
 * anything that may fail inside the store's transaction.
 *
 * @param graph the named graph
 * @param quads its quads, all in {@code graph}
 */
public record SpeechGraph(Node graph, List<Quad> quads) {
    public SpeechGraph {
        Objects.requireNonNull(graph, "graph");
        quads = List.copyOf(quads);
        for (Quad q : quads) {
            if (!graph.equals(q.getGraph())) {
                throw new IllegalArgumentException("quad outside graph " + graph + ": " + q);
            }
        }
    }

    /**
     * Collects what {@code writer} sends (quads of {@code graph}; triples are put into it).
     *
     * @throws IllegalArgumentException if the writer sends a quad of another graph
     */
    public static SpeechGraph of(Node graph, Consumer<StreamRDF> writer) {
        List<Quad> quads = new ArrayList<>();
        writer.accept(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!graph.equals(q.getGraph())) {
                    throw new IllegalArgumentException("quad outside graph " + graph + ": " + q);
                }
                quads.add(q);
            }

            @Override
            public void triple(Triple t) {
                quads.add(Quad.create(graph, t));
            }
        });
        return new SpeechGraph(graph, quads);
    }

    /** Sends the quads to {@code out}. */
    public void writeTo(StreamRDF out) {
        quads.forEach(out::quad);
    }

    public int size() {
        return quads.size();
    }
}
