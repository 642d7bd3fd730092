package org.speechkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * Ties the body a text speaks for ({@link SpeakerBody}) to the text: the mention that names it, and the
 * self-references that denote it. A relation can only point at an entity the speech mentions, so the body
 * is used as a subject only where the text names it (我代表海南省人民政府; 向南开大学党委反馈; 中共南开大学委员会).
 * Within such a text, the level-relative or institution-relative forms of the body (省人民政府 and 省政府 in
 * a provincial government's report; 学校党委 and 校党委 in a university's) are the same body.
 */
final class SpeakerMentions {
    static final String RECOGNIZER = "speaker-body";

    private SpeakerMentions() {}

    /**
     * The mention naming the speaking body: an existing one with its label, else one made where the text
     * first names it (its surface, its label or a self-reference of three or more characters), added to that
     * sentence's first-pass mentions in place of the parts nested in it (海南省 and 省人民政府 inside
     * 海南省人民政府). It may nest in a document title, not in another name (党委 in 后勤党委).
     */
    static Placed place(SpeechMetadata md, CleanSpeech speech, List<List<Mention>> firstPass) {
        if (md.body().isEmpty()) return new Placed(Optional.empty(), Optional.empty());
        SpeakerBody body = md.body().get();
        List<String> forms = new ArrayList<>(List.of(body.surface(), body.label()));
        selfForms(body).stream().filter(f -> f.length() > 2).forEach(forms::add);
        Optional<Mention> named = named(speech, firstPass, body.label(), forms);
        Optional<Mention> institution = body.institution().flatMap(i -> i.equals(body.label()) ? named
                : named(speech, firstPass, i, List.of(i)));
        return new Placed(named, institution);
    }

    /** The mentions naming the speaking body and the institution it leads or is, where the text names them. */
    record Placed(Optional<Mention> body, Optional<Mention> institution) {}

    /** The first mention of a body with this label, or one made where the text first writes one of its forms. */
    private static Optional<Mention> named(CleanSpeech speech, List<List<Mention>> firstPass, String label, List<String> forms) {
        Optional<Mention> named = firstPass.stream().flatMap(List::stream)
                .filter(m -> m.type() == EntityType.Organization && m.label().equals(label)).findFirst();
        if (named.isPresent()) return named;
        for (String form : forms) {
            Optional<Mention> made = firstAdmissible(speech, firstPass, form, label);
            if (made.isPresent()) return made;
        }
        return Optional.empty();
    }

    private static Optional<Mention> firstAdmissible(CleanSpeech speech, List<List<Mention>> firstPass, String form,
                                                     String label) {
        String text = speech.text();
        for (int at = text.indexOf(form); at >= 0 && !form.isEmpty(); at = text.indexOf(form, at + 1)) {
            int start = at;
            int end = at + form.length();
            Optional<Sentence> s = sentenceHolding(speech.sentences(), start, end);
            if (s.isEmpty()) continue;
            List<Mention> there = firstPass.get(s.get().index());
            boolean crosses = there.stream().anyMatch(m -> m.start() < end && start < m.end()
                    && !(m.type() == EntityType.Document && m.start() <= start && end <= m.end())
                    && !(start <= m.start() && m.end() <= end));
            if (crosses) continue;
            Mention made = new SentenceContext(speech, s.get(), there).mention(EntityType.Organization, label, start, end, RECOGNIZER);
            there.removeIf(m -> (m.type() == EntityType.Organization || m.type() == EntityType.Place)
                    && made.covers(m));
            there.add(made);
            there.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
            return Optional.of(made);
        }
        return Optional.empty();
    }

    /** The sentence holding span [start, end), found by binary search (sentences are disjoint, in text order). */
    private static Optional<Sentence> sentenceHolding(List<Sentence> sentences, int start, int end) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int last = -1; // the last sentence starting at or before start
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= start) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (last < 0) return Optional.empty();
        Sentence x = sentences.get(last);
        return end <= x.end() ? Optional.of(x) : Optional.empty();
    }

    /** The mention under the speaking body's label when it is one of the body's self-references. */
    static Mention selfReference(Mention m, SpeechMetadata md) {
        if (m.type() != EntityType.Organization || md.body().isEmpty()) return m;
        SpeakerBody body = md.body().get();
        if (selfForms(body).contains(m.label()) && !m.label().equals(body.label())) {
            return m.withLabel(body.label());
        }
        Optional<String> inst = body.institution();
        if (inst.isPresent() && INSTITUTION_FORMS.contains(m.label())) return m.withLabel(inst.get());
        Optional<String> committee = body.partyCommittee();
        if (committee.isPresent() && COMMITTEE_FORMS.contains(m.label())) return m.withLabel(committee.get());
        return m;
    }

    private static final List<String> INSTITUTION_FORMS = List.of("学校", "我校", "本校");
    private static final List<String> COMMITTEE_FORMS = List.of("学校党委", "校党委", "我校党委", "本校党委", "党委");

    /** How the body refers to itself: 省人民政府/省政府 for a province's government; 学校党委 for a school's. */
    static List<String> selfForms(SpeakerBody body) {
        if (body.isGovernment() && List.of("省", "市", "县", "区", "镇", "乡").contains(body.level())) {
            return List.of(body.level() + "人民政府", body.level() + "政府");
        }
        if (body.institution().isPresent()) {
            return body.label().endsWith("党委") ? COMMITTEE_FORMS : INSTITUTION_FORMS;
        }
        return List.of();
    }
}
