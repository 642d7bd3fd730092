package org.speechkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechkg.vocab.Namespaces;

/**
 * The facts the emitter derives inside each speech graph agree with the facts they summarise, computed
 * here independently with SPARQL over the same graph:
 * <ul>
 *   <li>{@code skos:broader} between kinds is exactly the speech's {@code skg:subOrganizationOf} links between
 *       the bodies' kinds, and {@code skos:broaderTransitive} its closure;</li>
 *   <li>each {@code skg:SurfaceForm} tally equals the number of mention spans denoting its entity with its
 *       {@code nif:anchorOf}, and every such (entity, surface) pair has a tally.</li>
 * </ul>
 */
class TestDerivedFacts {
    private static final String PREFIXES = Namespaces.sparqlPrologue();

    static Stream<Path> corpora() {
        return Stream.of(PipelineGraphs.SEEDS, PipelineGraphs.FIXTURES);
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void kindLinksAreTheSpeechsBodyLinksLiftedToKinds(Path dir) {
        DatasetGraph dsg = PipelineGraphs.of(dir);
        int beyondDirect = 0;
        for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
            Graph graph = dsg.getGraph(g);
            Set<String> broader = pairs(graph, "?s skos:broader ?o");
            assertThat(broader).as("kind links in %s", g).isEqualTo(pairs(graph, """
                    ?a skg:subOrganizationOf ?b . ?a org:classification ?s . ?b org:classification ?o
                    FILTER(?s != ?o)"""));
            Set<String> closure = pairs(graph, "?s skos:broaderTransitive ?o");
            assertThat(closure).as("closure in %s", g).isEqualTo(pairs(graph, "?s skos:broader+ ?o FILTER(?s != ?o)"));
            beyondDirect += closure.size() - broader.size();
        }
        if (dir.equals(PipelineGraphs.SEEDS)) {
            assertThat(beyondDirect).as("seeds have trees deeper than one level").isPositive();
        }
    }

    /** Every body whose label has no placeholder inside has a kind, and kinds are shared across speeches. */
    @ParameterizedTest
    @MethodSource("corpora")
    void bodiesOfOneKindInDifferentSpeechesShareTheKindNotTheIri(Path dir) {
        DatasetGraph dsg = PipelineGraphs.of(dir);
        Graph union = dsg.getUnionGraph();
        Set<String> unclassified = pairs(union, """
                ?s a skg:Organization ; skos:prefLabel ?o FILTER NOT EXISTS { ?s org:classification ?k }
                FILTER(!REGEX(?o, "^(XX|ＸＸ|[*＊]|某)*[^X＊*某]*(XX|ＸＸ|[*＊]|某|第[XxＸｘ×]|[XxＸｘ×][省市县区镇乡村州盟旗])"))""");
        assertThat(unclassified).as("bodies without a kind").isEmpty();
        if (dir.equals(PipelineGraphs.FIXTURES)) {
            Set<String> cityCommittees = pairs(union, """
                    ?s skos:prefLabel "XX市委"@zh ; org:classification ?o . ?o skos:prefLabel "市委"@zh""");
            Set<String> bodies = pairs(union, """
                    ?s skos:prefLabel "XX市委"@zh . ?speech skg:mentions ?s . BIND(1 AS ?o)""");
            assertThat(bodies).as("XX市委: one body per fixture speech naming it").hasSizeGreaterThan(1);
            assertThat(cityCommittees).as("every XX市委 body is of kind 市委").hasSameSizeAs(bodies);
        }
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void surfaceFormTalliesCountTheMentions(Path dir) {
        DatasetGraph dsg = PipelineGraphs.of(dir);
        int forms = 0;
        for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
            Graph graph = dsg.getGraph(g);
            Map<String, Integer> fromMentions = counts(graph, """
                    SELECT ?e ?s (COUNT(?m) AS ?n)
                    WHERE { ?m a skg:Mention ; skg:denotes ?e ; nif:anchorOf ?s }
                    GROUP BY ?e ?s""");
            Map<String, Integer> tallied = counts(graph, """
                    SELECT ?e ?s ?n
                    WHERE { ?f a skg:SurfaceForm ; skg:formOf ?e ; skg:writtenAs ?s ; skg:mentionCount ?n ;
                               skg:inSpeech ?speech . ?speech a skg:Speech }""");
            assertThat(tallied).as("tallies in %s", g).isEqualTo(fromMentions);
            forms += tallied.size();
        }
        assertThat(forms).isPositive();
    }

    private static Set<String> pairs(Graph graph, String pattern) {
        Set<String> out = new HashSet<>();
        select(graph, "SELECT DISTINCT ?s ?o WHERE { " + pattern + " }", row ->
                out.add(row.get("s") + " " + row.get("o")));
        return out;
    }

    private static Map<String, Integer> counts(Graph graph, String query) {
        Map<String, Integer> out = new HashMap<>();
        select(graph, query, row -> {
            String key = row.get("e") + " " + row.get("s");
            assertThat(out.put(key, Integer.parseInt(row.get("n")))).as("one row per %s", key).isNull();
        });
        return out;
    }

    private static void select(Graph graph, String body, Consumer<Map<String, String>> each) {
        Query q = QueryFactory.create(PREFIXES + body);
        try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createModelForGraph(graph))) {
            qe.execSelect().forEachRemaining(sol -> {
                Map<String, String> row = new HashMap<>();
                sol.varNames().forEachRemaining(v -> {
                    var n = sol.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                each.accept(row);
            });
        }
    }
}
