package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * Runs every saved query of the cookbook ({@code queries/*.rq}) over HTTP against the seeds served by the real
 * embedded Fuseki, and checks each answer against facts read off the seed texts.
 *
 * <p>{@link #EXPECTED} is the table: for each query file, rows that the answer must contain. A row is a map from
 * variable to expected value; the answer must have a row whose bindings match every entry. Values are compared
 * with the binding's lexical form (literals) or IRI (resources); {@code skg:X} stands for the ontology IRI,
 * {@code ~text} means "contains text", {@code >=n} means "a number at least n", and a plain number matches any
 * numeric literal of equal value (5126 matches "5126.0"^^xsd:decimal). Every query file must have an entry, so a
 * new query comes with the facts that show it answers its question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CookbookQueriesTest {
    static final Path QUERIES = Path.of("queries");
    static final String SKG = "https://w3id.org/speech-kg/ns#";
    static final String S000 = "000_c4b96e068921b263.txt";
    static final String S003 = "003_5ae8d5da7c23f9c5.txt";
    static final String S004 = "004_c40560261772cecd.txt";

    /** Query file → rows its answer must contain. Facts checked against the seed texts (file in the comment). */
    static final Map<String, List<Map<String, String>>> EXPECTED = Map.ofEntries(
            // 001: 按照区委、镇党委主题教育安排部署
            expect("01-campaign-organizers.rq",
                    row("campaignLabel", "主题教育", "organizerLabel", "区委", "speeches", "1", "bodies", "1"),
                    row("campaignLabel", "主题教育", "organizerLabel", "镇党委", "speeches", "1")),
            // 000: 《中共XX市委关于…的实施方案》; 003: 市委政法委…制定了《XX市关于非诉讼纠纷化解工作若干问题的意见》
            expect("02-documents-by-issuer.rq",
                    row("issuerLabel", "XX市委", "documentLabel",
                            "中共XX市委关于在全市深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的实施方案",
                            "citingSpeeches", "1", "speeches", "~/speech/000_c4b96e068921b263"),
                    row("issuerLabel", "市委政法委", "documentLabel", "XX市关于非诉讼纠纷化解工作若干问题的意见",
                            "documents", "1", "speeches", "~/speech/003_5ae8d5da7c23f9c5")),
            // 两个确立 in 001, 003 and 004, each of which also names 习近平新时代中国特色社会主义思想
            expect("03-policy-cooccurrence.rq",
                    row("policyA", "两个确立", "policyB", "习近平新时代中国特色社会主义思想", "speeches", "3"),
                    row("policyA", "两个确立", "policyB", "两个维护", "speeches", ">=2")),
            // the same three speeches; 001 is dated 2023 in its title and does not say its level; 003 市, 004 县
            expect("04-formula-speeches.rq",
                    row("title", "2023年主题教育专题三交流研讨发言提纲", "year", "2023"),
                    row("title", "市委政法委党史学习教育工作总结", "level", "市"),
                    row("title", "县委政法委常务副书记研讨交流发言材料", "level", "县")),
            // 000, 001 and 002 are 2023 speeches and all name the thought
            expect("05-formula-by-year.rq",
                    row("year", "2023", "speeches", ">=3", "allSpeeches", ">=3")),
            // 003: 市委政法委党支部 under 市委政法委 under 市委
            expect("06-suborganization-tree.rq",
                    row("rootLabel", "市委", "parentLabel", "市委", "orgLabel", "市委政法委", "direct", "true"),
                    row("rootLabel", "市委", "parentLabel", "市委政法委", "orgLabel", "市委政法委党支部", "direct", "false",
                            "speeches", "1")),
            // 003: 5126起 and its five parts, 1424起 … 603起
            expect("07-statistic-units.rq",
                    row("unit", "起", "statistics", ">=6", "speeches", "1", "example", "~起"),
                    row("unit", "名", "statistics", ">=4")),
            // 003: 排查化解矛盾纠纷5126起（其中物业纠纷1424起，…）
            expect("08-statistics.rq",
                    row("unit", "起", "value", "5126", "surface", "5126起", "isPartOfTotal", "false",
                            "title", "市委政法委党史学习教育工作总结"),
                    row("unit", "起", "value", "1424", "surface", "1424起", "counts", "~物业纠纷", "isPartOfTotal", "true")),
            // 003: 5126起（其中物业纠纷1424起，邻里纠纷1155起，权属纠纷1076起，征地拆迁868起，婚姻家庭603起）
            expect("09-statistic-breakdowns.rq",
                    row("totalValue", "5126", "unit", "起", "parts", "5", "sumOfParts", "5126", "remainder", "0",
                            "breakdown", "~物业纠纷 1424", "title", "市委政法委党史学习教育工作总结")),
            // 党史学习教育 in 003 (对山东工作的重要指示) and 004 (对内蒙古自治区…的重要批示精神)
            expect("10-campaign-places.rq",
                    row("campaignLabel", "党史学习教育", "placeLabel", "山东", "placeScope", "national", "speeches", "1"),
                    row("campaignLabel", "党史学习教育", "placeLabel", "内蒙古自治区")),
            // 003: 制定了《市委政法委党支部dangshi学习教育实施方案》; 000: 《中共XX市委关于…主题教育的实施方案》
            expect("11-implementing-documents.rq",
                    row("targetLabel", "党史学习教育", "targetType", "skg:Campaign",
                            "documentLabel", "市委政法委党支部党史学习教育实施方案", "speeches", "1"),
                    row("targetLabel", "主题教育", "documentLabel",
                            "中共XX市委关于在全市深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的实施方案")),
            // 003: dangshi学习教育动员大会, dangshi学习教育专题读书班
            expect("12-campaign-parts.rq",
                    row("campaignLabel", "党史学习教育", "partLabel", "党史学习教育动员大会", "partType", "skg:Event"),
                    row("campaignLabel", "党史学习教育", "partLabel", "党史学习教育专题读书班", "partType", "skg:Event")),
            // 004 cites 《中国共产党政法工作条例》 (then 《条例》); 党的二十大报告 in 001 and 004
            expect("13-most-cited-documents.rq",
                    row("documentLabel", "中国共产党政法工作条例", "citingSpeeches", "1",
                            "exampleSpeech", "县委政法委常务副书记研讨交流发言材料"),
                    row("documentLabel", "党的二十大报告", "scope", "national", "citingSpeeches", "2")),
            // the thought is named in all five speeches, 两个确立 in three
            expect("14-top-national-entities.rq",
                    row("type", "skg:Policy", "label", "习近平新时代中国特色社会主义思想", "speeches", "5"),
                    row("type", "skg:Policy", "label", "两个确立", "speeches", "3")),
            // titles: 市委政法委…工作总结, 县委政法委…研讨交流发言材料
            expect("15-speeches-by-genre-level.rq",
                    row("genre", "工作总结", "level", "市", "speeches", "1", "example", "市委政法委党史学习教育工作总结"),
                    row("genre", "研讨发言", "level", "县", "speeches", "1")),
            // 习近平 everywhere; 毛泽东 only in 003 (《毛泽东、邓小平、江泽民、胡锦涛关于中国共产党历史论述摘编》)
            expect("16-people.rq",
                    row("person", "习近平", "wikidata", "http://www.wikidata.org/entity/Q15031", "speeches", "5"),
                    row("person", "毛泽东", "speeches", "1", "exampleSpeech", "市委政法委党史学习教育工作总结")),
            // 001: 按照区委、镇党委主题教育安排部署
            expect("17-relation-evidence.rq",
                    row("subjectLabel", "主题教育", "predicate", "skg:organizedBy", "objectLabel", "区委", "speeches", "1",
                            "evidence", "~按照区委、镇党委主题教育安排部署", "title", "2023年主题教育专题三交流研讨发言提纲"),
                    row("subjectLabel", "主题教育", "predicate", "skg:organizedBy", "objectLabel", "镇党委",
                            "evidence", "~按照区委、镇党委")),
            expect("18-wikidata-links.rq",
                    row("type", "skg:Person", "label", "习近平", "wikidata", "http://www.wikidata.org/entity/Q15031",
                            "speeches", "5"),
                    row("type", "skg:Place", "label", "内蒙古自治区", "wikidata", "http://www.wikidata.org/entity/Q41079")),
            // 003 writes dangshi学习教育 24 times; 004 writes 党史学习教育
            expect("19-surface-forms.rq",
                    row("surface", "dangshi学习教育", "form", "as-written", "mentions", ">=20", "speeches", "1",
                            "example", "~" + S003 + ":"),
                    row("surface", "党史学习教育", "form", "canonical", "example", "~" + S004 + ":")),
            // 000: 深入开展学习贯彻X习近平… at code points 50..54; 总书记 (an altLabel of 习近平) in 总书记曾指出
            expect("20-mention-positions.rq",
                    row("file", S000, "begin", "50", "end", "54", "surface", "X习近平", "form", "as-written"),
                    row("file", S000, "surface", "总书记", "form", "variant")));

    Tdb2SpeechStore store;
    KgServer server;
    SparqlHttp http;

    @BeforeAll
    void start(@TempDir Path dir) {
        store = SeedCorpus.loadInto(Tdb2SpeechStore.open(dir.resolve("tdb2")));
        server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true));
        http = new SparqlHttp(server);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static Stream<String> queryFiles() {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereAreAtLeastFourteenQueries() {
        assertThat(queryFiles()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void everyQueryFileHasAnExpectationAndEveryExpectationAFile() {
        Set<String> files = queryFiles().collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).as("query files without an entry in EXPECTED").isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet()).as("EXPECTED entries without a query file").isSubsetOf(files);
    }

    @ParameterizedTest(name = "{0} is a self-contained SPARQL 1.1 query with a title and a question")
    @MethodSource("queryFiles")
    void isDocumentedAndParses(String file) {
        String text = read(file);
        assertThat(file).matches("\\d\\d-[a-z0-9-]+\\.rq");
        assertThat(text).startsWith("# Title: ").contains("\n# Question: ");
        Query q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        assertThat(q.isSelectType()).as("%s is a SELECT", file).isTrue();
    }

    @ParameterizedTest(name = "{0} answers over HTTP with the expected rows")
    @MethodSource("queryFiles")
    void answersWithTheExpectedRows(String file) {
        List<QuerySolution> rows = http.select(read(file));
        assertThat(rows).as("%s answered no rows", file).isNotEmpty();
        List<Map<String, String>> expected = EXPECTED.get(file);
        assertThat(expected).as("%s has no expectation in EXPECTED", file).isNotEmpty();
        for (Map<String, String> want : expected) {
            assertThat(rows.stream().anyMatch(r -> matches(r, want)))
                    .as("%s: no row matches %s; rows:%n%s", file, want, show(rows))
                    .isTrue();
        }
    }

    static boolean matches(QuerySolution row, Map<String, String> want) {
        return want.entrySet().stream().allMatch(e -> matches(row.get(e.getKey()), e.getValue()));
    }

    static boolean matches(RDFNode node, String want) {
        if (node == null) {
            return false;
        }
        String actual = node.isLiteral() ? node.asLiteral().getLexicalForm()
                : node.isURIResource() ? node.asResource().getURI() : node.toString();
        if (want.startsWith("~")) {
            return actual.contains(want.substring(1));
        }
        if (want.startsWith(">=")) {
            BigDecimal n = number(node);
            return n != null && n.compareTo(new BigDecimal(want.substring(2))) >= 0;
        }
        if (want.startsWith("skg:")) {
            return actual.equals(SKG + want.substring(4));
        }
        BigDecimal n = number(node);
        if (n != null && want.matches("-?\\d+(\\.\\d+)?")) {
            return n.compareTo(new BigDecimal(want)) == 0;
        }
        return actual.equals(want);
    }

    private static BigDecimal number(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        Literal l = node.asLiteral();
        try {
            return l.getValue() instanceof Number ? new BigDecimal(l.getLexicalForm().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String show(List<QuerySolution> rows) {
        StringBuilder sb = new StringBuilder();
        rows.stream().limit(40).forEach(r -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (Iterator<String> it = r.varNames(); it.hasNext(); ) {
                String v = it.next();
                RDFNode n = r.get(v);
                m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            sb.append("  ").append(m).append('\n');
        });
        return sb.toString();
    }

    private static String read(String file) {
        try {
            return Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static Map.Entry<String, List<Map<String, String>>> expect(String file, Map<String, String>... rows) {
        return Map.entry(file, List.of(rows));
    }

    private static Map<String, String> row(String... varsAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < varsAndValues.length; i += 2) {
            m.put(varsAndValues[i], varsAndValues[i + 1]);
        }
        return m;
    }
}
