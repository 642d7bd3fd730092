package org.speechkg.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.extract.EntityType;
import org.speechkg.extract.Labels;
import org.speechkg.extract.Mention;
import org.speechkg.extract.SpeechMetadata;
import org.speechkg.extract.Statistic;
import org.speechkg.resolve.EntityRef;
import org.speechkg.resolve.ResolvedMention;
import org.speechkg.resolve.ResolvedRelation;
import org.speechkg.resolve.ResolvedSpeech;
import org.speechkg.resolve.Scope;
import org.speechkg.vocab.Namespaces;
import org.speechkg.vocab.SKG;
import org.speechkg.vocab.W3C;

/**
 * Writes a speech as RDF in its named graph: the speech and its metadata, the entities it mentions
 * (types, SKOS labels, {@code owl:sameAs} to Wikidata), relations with a reified evidence record,
 * statistics, and NIF 2.1 provenance: a {@code nif:Context} holding the original text and one
 * {@code nif:RFC5147String} per mention with code-point offsets into it and the surface form as written.
 *
 * <p>Two kinds of derived facts are stated in the same graph, so they are replaced and removed with the
 * speech: each organization's kind ({@code org:classification}, a corpus-wide {@code skg:OrganizationKind}
 * such as 市委) with the speech's {@code skg:subOrganizationOf} links lifted to kinds ({@code skos:broader}
 * and its closure {@code skos:broaderTransitive}); and one {@code skg:SurfaceForm} tally per entity and
 * surface as written. Corpus-wide questions (the bodies under every 市委, how an entity is spelled) then read
 * one quad per speech and answer instead of walking every body's tree or every mention.
 */
public final class SpeechRdfEmitter implements RdfEmitter {
    private static final String LANG = "zh";
    private static final Pattern QUOTES = Pattern.compile("[“”\"《》〈〉「」『』‘’]");
    private final IriMinter iris;

    public SpeechRdfEmitter(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public void emit(ResolvedSpeech rs, StreamRDF out) {
        Writer w = new Writer(rs, out);
        w.speech();
        w.entities();
        w.mentions();
        w.surfaceForms();
        w.relations();
        w.statistics();
    }

    /** Per-speech emission state, so the public emitter stays stateless and thread-safe. */
    private final class Writer {
        private final ResolvedSpeech rs;
        private final CleanSpeech speech;
        private final StreamRDF out;
        private final Node graph;
        private final Node speechNode;
        private final Node context;
        private final String id;
        private final boolean bmpOnly;
        private final Map<EntityRef, Node> entityNodes = new HashMap<>();
        private final Map<String, Node> kinds = new HashMap<>();

        Writer(ResolvedSpeech rs, StreamRDF out) {
            this.rs = rs;
            this.speech = rs.extraction().speech();
            this.out = out;
            this.id = rs.id();
            this.graph = iris.graph(id);
            this.speechNode = iris.speech(id);
            this.context = iris.context(id);
            this.bmpOnly = speech.original().length() == codePoints(speech.original());
        }

        /** The entity's IRI, minted once per speech. */
        private Node entityNode(EntityRef ref) {
            return entityNodes.computeIfAbsent(ref, r -> iris.entity(r, id));
        }

        /** The code point offset of a UTF-16 offset in the original text (the same when it has no surrogates). */
        private int codePointAt(int utf16Offset) {
            return bmpOnly ? utf16Offset : speech.original().codePointCount(0, utf16Offset);
        }

        void speech() {
            SpeechMetadata md = rs.extraction().metadata();
            add(speechNode, W3C.rdfType, SKG.Speech);
            add(speechNode, W3C.dctTitle, lit(md.title()));
            add(speechNode, W3C.rdfsLabel, lit(md.title()));
            add(speechNode, SKG.sourceFile, plain(speech.raw().fileName()));
            add(speechNode, W3C.dctLanguage, plain(LANG));
            add(speechNode, SKG.charCount, integer(codePoints(speech.original())));
            add(speechNode, SKG.text, context);
            md.genre().ifPresent(g -> add(speechNode, SKG.genre, lit(g)));
            md.speakerRole().ifPresent(r -> add(speechNode, SKG.speakerRole, lit(r)));
            md.level().ifPresent(l -> add(speechNode, SKG.adminLevel, lit(l)));
            md.years().forEach(y -> add(speechNode, SKG.year, NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDgYear)));
            md.dates().forEach(d -> add(speechNode, SKG.mentionedDate, plain(d)));

            add(context, W3C.rdfType, W3C.nifContext);
            add(context, W3C.rdfType, W3C.nifRFC5147String);
            add(context, W3C.nifIsString, plain(speech.original()));
            add(context, W3C.nifBeginIndex, integer(0));
            add(context, W3C.nifEndIndex, integer(codePoints(speech.original())));
            add(context, W3C.provWasDerivedFrom, speechNode);
        }

        void entities() {
            Map<EntityRef, Set<String>> alt = new LinkedHashMap<>();
            for (ResolvedMention m : rs.mentions()) {
                // surface forms as written (X习近平) stay in nif:anchorOf; labels carry the normalised text only
                alt.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>()).add(m.mention().text());
            }
            alt.forEach((ref, forms) -> entity(ref, forms));
        }

        private void entity(EntityRef ref, Set<String> forms) {
            Node e = entityNode(ref);
            add(speechNode, SKG.mentions, e);
            if (ref.type() == EntityType.Document) {
                add(speechNode, SKG.cites, e);
            }
            add(e, W3C.rdfType, typeNode(ref.type()));
            add(e, W3C.skosPrefLabel, lit(ref.label()));
            add(e, W3C.rdfsLabel, lit(ref.label()));
            forms.stream().map(SpeechRdfEmitter::stripQuotes).filter(f -> !f.equals(ref.label()))
                    .distinct().forEach(f -> add(e, W3C.skosAltLabel, lit(f)));
            add(e, SKG.scope, plain(ref.scope() == Scope.NATIONAL ? "national" : "speech"));
            ref.wikidata().ifPresent(q -> add(e, W3C.owlSameAs, NodeFactory.createURI(Namespaces.WD + q)));
            if (ref.type() == EntityType.Organization) {
                kindOf(ref).ifPresent(k -> add(e, W3C.orgClassification, k));
            }
        }

        /** The organization's kind, declared in this graph the first time the speech uses it. */
        private Optional<Node> kindOf(EntityRef ref) {
            return Labels.organizationKind(ref.label()).map(label -> kinds.computeIfAbsent(label, l -> {
                Node k = iris.organizationKind(l);
                add(k, W3C.rdfType, SKG.OrganizationKind);
                add(k, W3C.skosPrefLabel, lit(l));
                return k;
            }));
        }

        void mentions() {
            Set<Node> seen = new HashSet<>();
            for (ResolvedMention rm : rs.mentions()) {
                Mention m = rm.mention();
                int b = codePointAt(m.originalStart());
                int e = codePointAt(m.originalEnd());
                Node span = iris.textSpan(id, b, e);
                if (seen.add(span)) {
                    add(span, W3C.rdfType, W3C.nifRFC5147String);
                    add(span, W3C.rdfType, SKG.Mention);
                    add(span, W3C.nifReferenceContext, context);
                    add(span, W3C.nifBeginIndex, integer(b));
                    add(span, W3C.nifEndIndex, integer(e));
                    add(span, W3C.nifAnchorOf, plain(m.surface()));
                    add(span, SKG.sentenceIndex, integer(m.sentence()));
                    add(span, SKG.recognizer, plain(m.recognizer()));
                    add(span, SKG.inSpeech, speechNode);
                    add(speechNode, SKG.hasMention, span);
                }
                add(span, SKG.denotes, entityNode(rm.entity()));
            }
        }

        /** One tally per (entity, surface as written): how many of the speech's spans denote it so. */
        void surfaceForms() {
            Map<WrittenForm, Integer> tally = new LinkedHashMap<>();
            Set<DenotingSpan> spans = new HashSet<>();
            for (ResolvedMention rm : rs.mentions()) {
                Mention m = rm.mention();
                if (spans.add(new DenotingSpan(m.originalStart(), m.originalEnd(), rm.entity()))) {
                    tally.merge(new WrittenForm(rm.entity(), m.surface()), 1, Integer::sum);
                }
            }
            int n = 0;
            for (Map.Entry<WrittenForm, Integer> t : tally.entrySet()) {
                Node f = iris.surfaceForm(id, n++);
                add(f, W3C.rdfType, SKG.SurfaceForm);
                add(f, SKG.formOf, entityNode(t.getKey().entity()));
                add(f, SKG.writtenAs, plain(t.getKey().surface()));
                add(f, SKG.mentionCount, integer(t.getValue()));
                add(f, SKG.inSpeech, speechNode);
            }
        }

        void relations() {
            int n = 0;
            Set<List<Node>> done = new HashSet<>();
            Map<Node, Set<Node>> broader = new LinkedHashMap<>();
            for (ResolvedRelation r : rs.relations()) {
                Node s = entityNode(r.subject());
                Node p = relationNode(r.evidence().relation());
                Node o = entityNode(r.object());
                if (s.equals(o) || !done.add(List.of(s, p, o))) {
                    continue;
                }
                add(s, p, o);
                if (p.equals(SKG.subOrganizationOf)) {
                    Optional<Node> sk = kindOf(r.subject());
                    Optional<Node> ok = kindOf(r.object());
                    if (sk.isPresent() && ok.isPresent() && !sk.equals(ok)) {
                        broader.computeIfAbsent(sk.get(), k -> new LinkedHashSet<>()).add(ok.get());
                    }
                }
                Node a = iris.relation(id, n++);
                add(a, W3C.rdfType, SKG.RelationAssertion);
                add(a, SKG.assertedSubject, s);
                add(a, SKG.assertedPredicate, p);
                add(a, SKG.assertedObject, o);
                add(a, SKG.inSpeech, speechNode);
                add(a, SKG.sentenceIndex, integer(r.evidence().sentence()));
                add(a, SKG.evidence, lit(sentenceText(r.evidence().sentence())));
                add(a, SKG.recognizer, plain(r.evidence().rule()));
            }
            kindTree(broader);
        }

        /** {@code skos:broader} between the kinds of linked bodies, and its closure {@code skos:broaderTransitive}. */
        private void kindTree(Map<Node, Set<Node>> broader) {
            broader.forEach((kind, above) -> above.forEach(a -> add(kind, W3C.skosBroader, a)));
            for (Node kind : broader.keySet()) {
                Set<Node> above = new LinkedHashSet<>();
                Deque<Node> todo = new ArrayDeque<>(broader.get(kind));
                while (!todo.isEmpty()) {
                    Node next = todo.pop();
                    if (!next.equals(kind) && above.add(next)) {
                        todo.addAll(broader.getOrDefault(next, Set.of()));
                    }
                }
                above.forEach(a -> add(kind, W3C.skosBroaderTransitive, a));
            }
        }

        void statistics() {
            int n = 0;
            for (Statistic st : rs.extraction().statistics()) {
                Node s = iris.statistic(id, n++);
                add(speechNode, SKG.reports, s);
                add(s, W3C.rdfType, SKG.Statistic);
                add(s, SKG.counts, lit(st.counted()));
                add(s, SKG.value, decimal(st.value()));
                add(s, SKG.unit, lit(st.unit()));
                add(s, SKG.approximate, NodeFactory.createLiteralDT(Boolean.toString(st.approximate()), XSDDatatype.XSDboolean));
                st.breakdownOf().ifPresent(i -> add(s, SKG.breakdownOf, iris.statistic(id, i)));
                add(s, SKG.surfaceText, plain(st.surface()));
                add(s, SKG.inSpeech, speechNode);
                add(s, SKG.sentenceIndex, integer(st.sentence()));
                add(s, SKG.evidence, lit(sentenceText(st.sentence())));
                add(s, W3C.nifBeginIndex, integer(codePointAt(st.originalStart())));
                add(s, W3C.nifEndIndex, integer(codePointAt(st.originalEnd())));
                add(s, W3C.nifReferenceContext, context);
            }
        }

        private String sentenceText(int index) {
            var sentence = speech.sentences().get(index);
            return speech.originalSpan(sentence.start(), sentence.end());
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    /** An entity as written one way: the key of a surface-form tally. */
    private record WrittenForm(EntityRef entity, String surface) {}

    /** A span read as one entity; a span read two ways counts once for each. */
    private record DenotingSpan(int start, int end, EntityRef entity) {}

    /** The ontology class for an entity type. */
    public static Node typeNode(EntityType t) {
        return switch (t) {
            case Organization -> SKG.Organization;
            case Document -> SKG.Document;
            case Policy -> SKG.Policy;
            case Campaign -> SKG.Campaign;
            case Event -> SKG.Event;
            case Person -> SKG.Person;
            case Place -> SKG.Place;
        };
    }

    /** The ontology property for a relation. */
    public static Node relationNode(org.speechkg.extract.Relation r) {
        return switch (r) {
            case issuedBy -> SKG.issuedBy;
            case subOrganizationOf -> SKG.subOrganizationOf;
            case implementsPolicy -> SKG.implementsPolicy;
            case organizedBy -> SKG.organizedBy;
            case partOf -> SKG.partOf;
        };
    }

    private static String stripQuotes(String s) {
        return QUOTES.matcher(s).replaceAll("");
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralLang(s, LANG);
    }

    private static Node plain(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** xsd:decimal in canonical form ("23.0", "8.5"), which TDB2 stores and returns unchanged. */
    private static Node decimal(java.math.BigDecimal v) {
        String plain = v.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}
