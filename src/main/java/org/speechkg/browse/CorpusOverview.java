package org.speechkg.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * What the home page lists: every speech (title, years, genre), sorted by title, and the entities mentioned by the
 * most speeches. Computed in one pass over the store and kept until the {@link StoreVersion} changes.
 */
public final class CorpusOverview {
    /** How many of the most mentioned entities are kept. */
    public static final int TOP = 30;

    private final DatasetGraph dsg;
    private final Versioned<Summary> summary;

    public CorpusOverview(DatasetGraph dsg, LongSupplier version) {
        this.dsg = dsg;
        this.summary = new Versioned<>(version, this::compute);
    }

    /** The overview of the current store. */
    public Summary summary() {
        return summary.get();
    }

    private Summary compute() {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            List<SpeechInfo> speeches = new ArrayList<>();
            union.find(Node.ANY, W3C.rdfType, SKG.Speech).forEachRemaining(t -> {
                Node s = t.getSubject();
                TreeSet<String> years = new TreeSet<>();
                union.find(s, SKG.year, Node.ANY).forEachRemaining(y -> years.add(y.getObject().getLiteralLexicalForm()));
                speeches.add(new SpeechInfo(s, NodeLabels.literal(union, s, W3C.dctTitle).orElse(NodeLabels.fallback(s)),
                        String.join(", ", years), NodeLabels.literal(union, s, SKG.genre).orElse("")));
            });
            speeches.sort(Comparator.comparing(SpeechInfo::title).thenComparing(si -> si.iri().getURI()));

            Map<Node, Long> counts = new HashMap<>();
            union.find(Node.ANY, SKG.mentions, Node.ANY).forEachRemaining(t -> counts.merge(t.getObject(), 1L, Long::sum));
            List<EntityInfo> top = counts.entrySet().stream()
                    .sorted(Map.Entry.<Node, Long>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().toString()))
                    .limit(TOP)
                    .map(e -> new EntityInfo(e.getKey(), e.getValue()))
                    .toList();
            return new Summary(List.copyOf(speeches), top, counts.size());
        });
    }

    /** A speech as listed. */
    public record SpeechInfo(Node iri, String title, String years, String genre) {}

    /** An entity and the number of speeches that mention it. */
    public record EntityInfo(Node iri, long speeches) {}

    /**
     * The overview.
     *
     * @param speeches    all speeches, by title
     * @param topEntities the most mentioned entities, most first
     * @param entities    number of entities mentioned
     */
    public record Summary(List<SpeechInfo> speeches, List<EntityInfo> topEntities, long entities) {}
}
