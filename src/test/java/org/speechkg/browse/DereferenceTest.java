package org.speechkg.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Cool URIs on the running server: a thing IRI answers 303 See Other with {@code Vary: Accept}, to the page for a
 * browser and to the data document in the asked syntax for an RDF client; the page and documents answer 200 and
 * every document parses with Jena and describes the thing. The server runs on a free port while the data was
 * minted under {@code http://localhost:3030/}, so this also checks the mapping by path.
 */
class DereferenceTest {
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final Node FENGQIAO = NodeFactory.createURI(SeedSite.BASE + "entity/Policy/枫桥经验");

    static Stream<Arguments> rdfClients() {
        return Stream.of(Arguments.of("text/turtle", Lang.TURTLE), Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/rdf+xml", Lang.RDFXML), Arguments.of("application/n-triples", Lang.NTRIPLES),
                Arguments.of("text/turtle;q=0.9, application/rdf+xml;q=0.5, */*;q=0.1", Lang.TURTLE));
    }

    @Test
    void entityIriSendsBrowsersToItsPage() {
        HttpResponse<String> r = Http.get(SeedSite.url(path(FENGQIAO)), HTML);

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/page/entity/Policy/");
        HttpResponse<String> page = Http.get(Http.resolve(SeedSite.url("/"), location), HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(page.body()).contains("<span class=\"label\">枫桥经验</span>", "新时代枫桥经验", "<mark>");
    }

    @ParameterizedTest
    @MethodSource("rdfClients")
    void entityIriSendsRdfClientsToDataInTheirSyntax(String accept, Lang lang) {
        Graph g = follow(FENGQIAO, accept, lang);
        assertThat(g.contains(FENGQIAO, W3C.skosPrefLabel, NodeFactory.createLiteralLang("枫桥经验", "zh"))).isTrue();
        assertThat(g.contains(FENGQIAO, W3C.rdfType, SKG.Policy)).isTrue();
        assertThat(g.find(Node.ANY, SKG.mentions, FENGQIAO).toList()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("rdfClients")
    void speechIriDereferencesToPageAndData(String accept, Lang lang) {
        Node speech = NodeFactory.createURI(SeedSite.BASE + "speech/" + SeedSite.speechIds().get(0));
        HttpResponse<String> r = Http.get(SeedSite.url(path(speech)), HTML);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        HttpResponse<String> page = Http.get(Http.resolve(SeedSite.url("/"), r.headers().firstValue("Location").orElseThrow()), HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"speech-text\"", "<mark>");

        Graph g = follow(speech, accept, lang);
        assertThat(g.contains(speech, W3C.rdfType, SKG.Speech)).isTrue();
        assertThat(g.find(speech, W3C.dctTitle, Node.ANY).toList()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("rdfClients")
    void ontologyTermDereferencesToTheOntology(String accept, Lang lang) {
        HttpResponse<String> r = Http.get(SeedSite.url("/ns/Speech"), HTML);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(r.headers().firstValue("Location")).hasValue("/page/ns#Speech");
        HttpResponse<String> page = Http.get(SeedSite.url("/page/ns"), HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"Speech\"", "id=\"mentions\"", SKG.NS + "Speech");

        HttpResponse<String> data = Http.get(SeedSite.url("/ns/Speech"), accept);
        assertThat(data.statusCode()).isEqualTo(303);
        assertThat(data.headers().firstValue("Vary")).hasValue("Accept");
        String location = data.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/data/ns?format=");
        Graph g = parse(Http.get(SeedSite.url(location), null), lang);
        assertThat(g.contains(SKG.Speech, W3C.rdfType, NodeFactory.createURI(Namespaces.OWL + "Class"))).isTrue();

        assertThat(Http.get(SeedSite.url("/ontology"), accept).headers().firstValue("Location")).hasValue(location);
    }

    @Test
    void dataDocumentNegotiatesWithoutFormat() {
        String doc = SeedSite.url("/data/" + path(FENGQIAO).substring(1));
        HttpResponse<String> r = Http.get(doc, "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/n-triples"));
        assertThat(parse(r, Lang.NTRIPLES).contains(FENGQIAO, W3C.rdfType, SKG.Policy)).isTrue();
        assertThat(Http.get(doc + "?format=docx", null).statusCode()).isEqualTo(400);
    }

    /** A kind of body (the object of org:classification on every organization page) dereferences too. */
    @Test
    void kindOfBodyIriDereferences() {
        Node kind = NodeFactory.createURI(SeedSite.BASE + "kind/市委");
        HttpResponse<String> r = Http.get(SeedSite.url(path(kind)), HTML);
        assertThat(r.statusCode()).isEqualTo(303);
        HttpResponse<String> page = Http.get(Http.resolve(SeedSite.url("/"), r.headers().firstValue("Location").orElseThrow()), HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>市委 ", "skg:OrganizationKind");
        assertThat(follow(kind, "text/turtle", Lang.TURTLE).contains(kind, W3C.rdfType, SKG.OrganizationKind)).isTrue();
    }

    @Test
    void pagesAreAlsoReachableByIri() {
        HttpResponse<String> r = Http.get(SeedSite.url("/page?iri=" + URLEncoder.encode(FENGQIAO.getURI(), StandardCharsets.UTF_8)), HTML);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<span class=\"label\">枫桥经验</span>");
    }

    @Test
    void unknownIriIsA404Page() {
        HttpResponse<String> html = Http.get(SeedSite.url("/entity/Policy/%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA"), HTML);
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(html.body()).contains("404", "entity/Policy/没有这个");
        assertThat(Http.get(SeedSite.url("/entity/Policy/%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA"), "text/turtle").statusCode())
                .isEqualTo(404);
        assertThat(Http.get(SeedSite.url("/page/speech/no-such-speech"), HTML).statusCode()).isEqualTo(404);
        assertThat(Http.get(SeedSite.url("/data/speech/no-such-speech?format=turtle"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void unacceptableTypeIs406() {
        HttpResponse<String> r = Http.get(SeedSite.url(path(FENGQIAO)), "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
    }

    /** 303 from the thing to a data document of {@code lang}, which answers 200 in that syntax and parses. */
    private static Graph follow(Node thing, String accept, Lang lang) {
        HttpResponse<String> r = Http.get(SeedSite.url(path(thing)), accept);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/data/").contains("format=" + RdfConneg.name(lang));
        return parse(Http.get(Http.resolve(SeedSite.url("/"), location), null), lang);
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith(lang.getContentType().getContentTypeStr()));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(r.body()).lang(lang).base(SeedSite.BASE).parse(g);
        return g;
    }

    /** The request path of a thing IRI: its part after the base, percent-encoded as a browser sends it. */
    static String path(Node iri) {
        return LinkedDataUrls.ascii("/" + iri.getURI().substring(SeedSite.BASE.length()));
    }
}
