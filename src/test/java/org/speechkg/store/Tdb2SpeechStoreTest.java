package org.speechkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.speechkg.store.StoreChecks.Fingerprint;

/** The replace/remove protocol of {@link Tdb2SpeechStore}: all or nothing, one graph at a time. */
class Tdb2SpeechStoreTest {
    static final Node G1 = NodeFactory.createURI("urn:test:graph/1");
    static final Node G2 = NodeFactory.createURI("urn:test:graph/2");

    static Quad quad(Node g, int i) {
        return Quad.create(g, NodeFactory.createURI("urn:test:s/" + i), NodeFactory.createURI("urn:test:p"),
                NodeFactory.createLiteralString("o" + i));
    }

    static Tdb2SpeechStore twoGraphs() {
        Tdb2SpeechStore store = Tdb2SpeechStore.inMemory();
        store.replace(G1, out -> { for (int i = 0; i < 10; i++) out.quad(quad(G1, i)); });
        store.replace(G2, out -> { for (int i = 0; i < 5; i++) out.quad(quad(G2, i)); });
        return store;
    }

    @Test
    void replaceIsAllOrNothingWhenTheWriterFails() {
        Tdb2SpeechStore store = twoGraphs();
        Fingerprint before = StoreChecks.fingerprint(store.datasetGraph());

        assertThatThrownBy(() -> store.replace(G1, out -> {
            out.quad(quad(G1, 100));
            throw new IllegalStateException("extraction failed half-way");
        })).hasMessageContaining("half-way");

        assertThat(StoreChecks.fingerprint(store.datasetGraph())).isEqualTo(before);
    }

    @Test
    void replaceRefusesQuadsOfAnotherGraph() {
        Tdb2SpeechStore store = twoGraphs();
        Fingerprint before = StoreChecks.fingerprint(store.datasetGraph());

        assertThatThrownBy(() -> store.replace(G1, out -> out.quad(quad(G2, 99))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(StoreChecks.fingerprint(store.datasetGraph())).isEqualTo(before);
    }

    @Test
    void replaceAndRemoveTouchOnlyTheirGraph() {
        Tdb2SpeechStore store = twoGraphs();
        Fingerprint g2 = StoreChecks.fingerprint(store.datasetGraph(), G2::equals);

        assertThat(store.replace(G1, out -> out.quad(quad(G1, 7)))).isEqualTo(1);
        assertThat(StoreChecks.fingerprint(store.datasetGraph(), G2::equals)).isEqualTo(g2);
        assertThat(store.remove(G1)).isTrue();
        assertThat(store.remove(G1)).isFalse();
        assertThat(store.graphs()).containsExactly(G2);
        assertThat(StoreChecks.fingerprint(store.datasetGraph(), G2::equals)).isEqualTo(g2);
        assertThat(store.size()).isEqualTo(5);
    }
}
