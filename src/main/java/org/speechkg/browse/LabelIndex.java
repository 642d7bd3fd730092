package org.speechkg.browse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Label search: a Lucene index of every entity's {@code skos:prefLabel} and {@code skos:altLabel}s (and every
 * speech's {@code dct:title}), rebuilt in memory from the store whenever the {@link StoreVersion} has changed, so
 * it follows loads, SPARQL updates and Graph Store writes alike.
 *
 * <p>Each label is indexed three ways: segmented into words by Lucene's {@link SmartChineseAnalyzer}, as
 * overlapping CJK bigrams ({@link CJKAnalyzer}), so that any two-character piece of a label finds it (枫桥 finds
 * 新时代枫桥经验 however the segmenter cut it), and whole, for exact and prefix matches, which rank first.
 */
public final class LabelIndex {
    private static final String IRI = "iri";
    private static final String LABEL = "label";
    private static final String ALT = "alt";
    private static final String TYPE = "type";
    private static final String SPEECHES = "speeches";
    private static final String WORDS = "words";
    private static final String GRAMS = "grams";
    private static final String EXACT = "exact";

    private final DatasetGraph dsg;
    private final Versioned<Snapshot> snapshot;
    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer grams = new CJKAnalyzer();
    private final Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(GRAMS, grams));

    public LabelIndex(DatasetGraph dsg, LongSupplier version) {
        this.dsg = dsg;
        this.snapshot = new Versioned<>(version, this::build);
    }

    /** The best {@code limit} matches for {@code text}, best first; empty for blank text. */
    public List<Hit> search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        Snapshot s = snapshot.get();
        try {
            IndexSearcher searcher = new IndexSearcher(s.reader());
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query(q), limit).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(NodeFactory.createURI(d.get(IRI)), d.get(LABEL), List.of(d.getValues(ALT)),
                        NodeFactory.createURI(d.get(TYPE)), d.getField(SPEECHES).numericValue().longValue(), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of labelled resources indexed (after bringing the index up to date). */
    public int size() {
        return snapshot.get().reader().numDocs();
    }

    private Query query(String q) {
        String exact = normalise(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(new TermQuery(new Term(EXACT, exact)), 20f), Occur.SHOULD);
        b.add(new BoostQuery(new PrefixQuery(new Term(EXACT, exact)), 4f), Occur.SHOULD);
        Query phrase = new QueryBuilder(grams).createPhraseQuery(GRAMS, q);
        if (phrase != null) {
            b.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
        }
        Query all = new QueryBuilder(words).createBooleanQuery(WORDS, q, Occur.MUST);
        if (all != null) {
            b.add(all, Occur.SHOULD);
        }
        return b.build();
    }

    private Snapshot build() {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
            Txn.executeRead(dsg, () -> {
                Graph union = dsg.getUnionGraph();
                Map<Node, Long> speechCounts = speechCounts(union);
                for (Map.Entry<Node, Set<String>> e : labels(union, W3C.skosPrefLabel).entrySet()) {
                    Node s = e.getKey();
                    Set<String> alts = labels(union, s, W3C.skosAltLabel);
                    add(w, s, e.getValue().iterator().next(), alts, type(union, s), speechCounts.getOrDefault(s, 0L));
                }
                union.find(Node.ANY, W3C.rdfType, SKG.Speech).forEachRemaining(t -> {
                    Set<String> titles = labels(union, t.getSubject(), W3C.dctTitle);
                    if (!titles.isEmpty()) {
                        add(w, t.getSubject(), titles.iterator().next(), Set.of(), SKG.Speech, 0L);
                    }
                });
            });
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Snapshot(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(IndexWriter w, Node s, String label, Set<String> alts, Node type, long speeches) {
        Document d = new Document();
        d.add(new StringField(IRI, s.getURI(), Field.Store.YES));
        d.add(new StoredField(LABEL, label));
        d.add(new StoredField(TYPE, type.getURI()));
        d.add(new StoredField(SPEECHES, speeches));
        alts.forEach(a -> d.add(new StoredField(ALT, a)));
        Set<String> all = new LinkedHashSet<>();
        all.add(label);
        all.addAll(alts);
        for (String l : all) {
            d.add(new TextField(WORDS, l, Field.Store.NO));
            d.add(new TextField(GRAMS, l, Field.Store.NO));
            d.add(new StringField(EXACT, normalise(l), Field.Store.NO));
        }
        try {
            w.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Node, Set<String>> labels(Graph g, Node p) {
        Map<Node, Set<String>> out = new LinkedHashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                out.computeIfAbsent(t.getSubject(), k -> new TreeSet<>()).add(t.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    private static Set<String> labels(Graph g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    private static Node type(Graph g, Node s) {
        return g.find(s, W3C.rdfType, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(LinkedDataUrls::isOntologyTerm).toList().stream().findFirst().orElse(SKG.Entity);
    }

    private static Map<Node, Long> speechCounts(Graph g) {
        Map<Node, Long> counts = new HashMap<>();
        g.find(Node.ANY, SKG.mentions, Node.ANY).forEachRemaining(t -> counts.merge(t.getObject(), 1L, Long::sum));
        return counts;
    }

    /** Lower case, no white space: how whole labels are compared. */
    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** One version of the index; readers of an old one finish undisturbed, and it is then garbage. */
    private record Snapshot(DirectoryReader reader) {}

    /**
     * A search result.
     *
     * @param iri       the entity or speech
     * @param label     its canonical label or title
     * @param altLabels its other labels
     * @param type      its class
     * @param speeches  how many speeches mention it
     * @param score     Lucene's score
     */
    public record Hit(Node iri, String label, List<String> altLabels, Node type, long speeches, float score) {}
}
