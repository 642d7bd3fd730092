package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * The extractor: recognizers in priority order over each sentence, then relation rules over the
 * mentions found, then statistics and speech metadata. Pure: the same speech gives the same extraction.
 */
public final class RuleBasedExtractor implements Extractor {
    private final List<MentionRecognizer> recognizers;
    private final List<RelationRule> relationRules;
    private final StatisticRecognizer statistics;
    private final MetadataReader metadata;

    public RuleBasedExtractor(List<MentionRecognizer> recognizers, List<RelationRule> relationRules,
                              StatisticRecognizer statistics, MetadataReader metadata) {
        this.recognizers = List.copyOf(recognizers);
        this.relationRules = List.copyOf(relationRules);
        this.statistics = statistics;
        this.metadata = metadata;
    }

    /** The standard configuration: bundled gazetteers, all grammar rule families, HanLP last. */
    public static RuleBasedExtractor standard() {
        Gazetteer g = Gazetteer.standard();
        return new RuleBasedExtractor(
                List.of(new GazetteerRecognizer(g), new DocumentRecognizer(), new QuotedNameRecognizer(), new PolicyGrammar(),
                        new OrganizationRecognizer(), new HeadNounRecognizer(g), new PersonPlaceRecognizer(g)),
                List.of(new NameRelationRule(), new ClauseRelationRule()),
                new StatisticRecognizer(), new MetadataReader());
    }

    @Override
    public Extraction extract(CleanSpeech speech) {
        SpeechMetadata md = metadata.read(speech);
        List<List<Mention>> firstPass = new ArrayList<>();
        for (Sentence s : speech.sentences()) {
            firstPass.add(mentionsIn(speech, s, recognizers, List.of()));
        }
        SpeakerMentions.Placed speaker = SpeakerMentions.place(md, speech, firstPass);
        List<MentionRecognizer> second = List.of(
                new KnownNameRecognizer(firstPass.stream().flatMap(List::stream).toList()));
        List<Mention> all = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        List<Statistic> stats = new ArrayList<>();
        Optional<Mention> author = Optional.empty();
        for (Sentence s : speech.sentences()) {
            List<Mention> found = mentionsIn(speech, s, second, firstPass.get(s.index()));
            found.replaceAll(m -> SpeakerMentions.selfReference(m, md));
            if (s.index() == 0) {
                author = speaker.body().or(() -> authorBody(found, md));
            }
            RelationContext rc = new RelationContext(speech, s, found, author, speaker.institution());
            for (RelationRule rule : relationRules) {
                relations.addAll(rule.apply(rc));
            }
            all.addAll(found);
            int base = stats.size();
            statistics.recognize(speech, s).forEach(st -> stats.add(st.breakdownOf().isEmpty() ? st
                    : new Statistic(st.counted(), st.value(), st.unit(), st.approximate(), st.surface(), st.sentence(),
                            st.start(), st.end(), st.originalStart(), st.originalEnd(), st.breakdownOf().map(i -> i + base))));
        }
        relations.addAll(DerivedRelations.organizersOfImplementedCampaigns(relations));
        relations.addAll(DerivedRelations.fromNames(all, author, md));
        return new Extraction(speech, all, relations, stats, md);
    }

    /** The body a work summary reports on: the organization opening its title. */
    static Optional<Mention> authorBody(List<Mention> title, SpeechMetadata md) {
        if (md.genre().filter(g -> g.contains("总结") || g.contains("报告") || g.contains("汇报")).isEmpty()) {
            return Optional.empty();
        }
        return title.stream().filter(m -> m.type() == EntityType.Organization && m.start() == 0)
                .max(java.util.Comparator.comparingInt(Mention::end));
    }

    private static final java.util.Comparator<Mention> BY_START_LONGEST_FIRST =
            java.util.Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end());

    private static List<Mention> mentionsIn(CleanSpeech speech, Sentence s, List<MentionRecognizer> recognizers,
                                            List<Mention> already) {
        List<Mention> found = new ArrayList<>(already);
        for (MentionRecognizer r : recognizers) {
            int before = found.size();
            List<Mention> soFar = List.copyOf(found);
            for (Mention m : r.recognize(new SentenceContext(speech, s, soFar))) {
                if (admissible(m, soFar) && !hasSpan(found, before, m)) {
                    found.add(m);
                }
            }
        }
        int n = found.size();
        if (n > 1) {
            boolean[] drop = new boolean[n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                Mention m = found.get(i);
                for (int j = 0; j < n; j++) {
                    Mention o = found.get(j);
                    if (o != m && o.covers(m) && !m.covers(o)
                            && ((m.type() == EntityType.Place && o.type() != EntityType.Document && o.type() != EntityType.Event
                                    && o.type() != EntityType.Campaign)
                                || (m.type() == o.type() && m.label().equals(o.label())))) {
                        drop[i] = true;
                        any = true;
                        break;
                    }
                }
            }
            if (any) {
                List<Mention> kept = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    if (!drop[i]) kept.add(found.get(i));
                }
                found = kept;
            }
        }
        found.sort(BY_START_LONGEST_FIRST);
        return found;
    }

    /**
     * A later mention may nest inside or contain earlier ones, but not cross or repeat them. (Afterwards,
     * places nested in another name other than a document title are dropped, 黄河 in 黄河社区, and so is a
     * mention inside one of the same name: 中国共产党政法工作条例 inside 《中国共产党政法工作条例》.)
     */
    static boolean admissible(Mention m, List<Mention> earlier) {
        for (Mention e : earlier) {
            boolean crosses = m.overlaps(e) && !m.covers(e) && !e.covers(m);
            if (crosses || sameSpan(e, m)) {
                return false;
            }
        }
        return true;
    }

    /** True when a mention added from index {@code from} on has {@code m}'s span (earlier ones are checked by admissible). */
    private static boolean hasSpan(List<Mention> found, int from, Mention m) {
        for (int i = from; i < found.size(); i++) {
            if (sameSpan(found.get(i), m)) return true;
        }
        return false;
    }

    private static boolean sameSpan(Mention a, Mention b) {
        return a.start() == b.start() && a.end() == b.end();
    }
}
