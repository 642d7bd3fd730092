package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places of one sentence, for {@link PersonPlaceRecognizer}. Candidates come from the reference data
 * (divisions and countries, {@link ReferenceData}) and from HanLP's dictionary place words (ns). A
 * candidate is taken when it may stand alone (a full division name, a short form that is no common word,
 * a HanLP place word the reference data or the curated gazetteer confirms, any HanLP place word of three
 * characters or more) or when its context says it is a place: a list of places (赣州、吉安; 江苏泰州), a
 * verb of going or being somewhere before it (赴昆明, 位于), or 等地 / a level suffix after it; a division
 * whose province the speech names (陵水 in a speech that names 海南) unless it is also a common word.
 *
 * <p>Never taken: a name that is not a whole word of the sentence (长治 in 长治久安), a place used as an
 * attribute (中国特色, 中国梦), a place naming a school, hospital or firm (北京大学), or a place inside a
 * mention found earlier (an organization's or document's name).
 */
final class PlaceCandidates {
    /** A place name used as an attribute (中国特色, 中国式现代化) does not refer to the place. */
    private static final Pattern ATTRIBUTE = Pattern.compile("特色|式|化|风格|气派|方案|智慧|道路|梦|故事");
    /** A place naming an institution is part of its name, not a mention of the place. */
    private static final Pattern INSTITUTION = Pattern.compile("\\p{IsHan}{0,3}?(大学|学院|中学|小学|医院|银行|集团|日报|电视台)");
    /** Heads that make a place name the name of a port, airport, bay, island, zone or road (三亚湾, 洋浦港). */
    private static final Pattern GEO_HEAD = Pattern.compile("港区|港|机场|湾|岛|新区|经济圈|综保区|自贸区|高新区|开发区|高速|大道");
    private static final Pattern GOING = Pattern.compile("(在|赴|到|来自|位于|前往|走进|深入|地处|落户|扎根|抵达)$");
    private static final Pattern AFTER = Pattern.compile("等(地|省|市|县|国|城市|地区|流域)|[省市县区]");
    private static final String LIST_SEPARATORS = "、和与及－-";

    private record Candidate(int start, int end, String label, boolean alone, boolean regional, boolean common,
                             Set<String> provinces) {
        /** True when both name divisions of one province (深圳福田, 北京怀柔). */
        boolean sameProvince(Candidate o) {
            return provinces.stream().anyMatch(o.provinces::contains);
        }

        boolean inside(Candidate o) {
            return o.start <= start && end <= o.end && o.end - o.start > end - start;
        }
    }

    /**
     * The reference names of one speech, found in one pass over its text (in the order {@link ReferenceData#find}
     * gives them, by end), and the provinces it names, which the same pass counts.
     */
    private record SpeechNames(Object speech, String text, List<ReferenceData.Hit> hits, Set<String> provinces) {}

    private final Gazetteer gazetteer;
    private final ReferenceData reference;
    /** The names of the speech this thread reads. */
    private final ThreadLocal<SpeechNames> lastSpeech = new ThreadLocal<>();

    PlaceCandidates(Gazetteer gazetteer, ReferenceData reference) {
        this.gazetteer = gazetteer;
        this.reference = reference;
    }

    /** Adds the sentence's places to {@code out}; {@code walk} is its HanLP dictionary segmentation. */
    void recognize(SentenceContext ctx, HanLpAdapter.DictionaryWalk walk, List<Mention> out) {
        String s = ctx.text();
        List<Candidate> all = candidates(ctx, walk);
        List<Candidate> known = null; // made when a candidate first needs its context
        for (Candidate c : all) {
            if (!c.alone && !c.regional && known == null) {
                known = known(ctx, all);
            }
            boolean taken = c.alone || c.regional || inContext(s, c, known);
            if (all.stream().anyMatch(c::inside) || !taken || usedAsName(s, c)) {
                continue;
            }
            int start = ctx.abs(c.start);
            int end = ctx.abs(c.end);
            boolean blocked = ctx.insideFound(start, end, NOT_HOLDING_PLACES)
                    || out.stream().anyMatch(o -> o.start() <= start && end <= o.end());
            if (!blocked) {
                out.add(withHead(ctx, c, start, end));
            }
        }
    }

    /** The candidates and the places found earlier in the sentence. */
    private List<Candidate> known(SentenceContext ctx, List<Candidate> all) {
        List<Candidate> known = new ArrayList<>(all);
        ctx.soFar().stream().filter(m -> m.type() == EntityType.Place)
                .forEach(m -> known.add(new Candidate(m.start() - ctx.abs(0), m.end() - ctx.abs(0), m.label(), true, false,
                        false, reference.lookup(m.text()).map(ReferenceData.Name::provinces).orElse(Set.of()))));
        return known;
    }

    /**
     * Names a place inside them is no mention of: a body named after its seat (北京大学), a formula, a person,
     * a longer place. Events, campaigns and documents named after a place do mention it (杭州亚运会).
     */
    private static final EntityType[] NOT_HOLDING_PLACES = {
        EntityType.Organization, EntityType.Policy, EntityType.Person, EntityType.Place};

    private List<Candidate> candidates(SentenceContext ctx, HanLpAdapter.DictionaryWalk walk) {
        String s = ctx.text();
        List<Candidate> out = new ArrayList<>();
        List<ReferenceData.Hit> hits = sentenceHits(ctx);
        if (!hits.isEmpty()) {
            java.util.BitSet edges = walk.edges();
            for (ReferenceData.Hit h : hits) {
                ReferenceData.Name n = h.name();
                if (edges.get(h.start()) && edges.get(h.end())) {
                    boolean regional = !n.alone() && !n.common() && n.inAnyOf(region(ctx));
                    out.add(new Candidate(h.start(), h.end(), n.label(), n.alone(), regional, n.common(), n.provinces()));
                }
            }
        }
        for (HanLpAdapter.Token t : walk.personsAndPlaces()) {
            String w = t.word();
            if (t.isPlace() && out.stream().noneMatch(c -> c.start == t.offset() && c.end == t.offset() + w.length())) {
                PlaceWord p = placeWord(w);
                out.add(new Candidate(t.offset(), t.offset() + w.length(), p.label, p.alone, false, p.common, p.provinces));
            }
        }
        return out;
    }

    /** What a HanLP place word is on its own: label, whether it stands alone, whether it is a common word, provinces. */
    private record PlaceWord(String label, boolean alone, boolean common, Set<String> provinces) {}

    /** Place words seen, with what they are (the same for every occurrence): each costs several dictionary look-ups. */
    private final java.util.Map<String, PlaceWord> placeWords = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PLACE_WORDS = 100_000;

    private PlaceWord placeWord(String w) {
        PlaceWord p = placeWords.get(w);
        if (p == null) {
            var ref = reference.lookup(w);
            boolean alone = w.length() >= 3 || ref.isPresent() || gazetteer.byName(w).isPresent();
            p = new PlaceWord(ref.map(ReferenceData.Name::label).orElse(Labels.canonical(w)), alone, commonWord(w),
                    ref.map(ReferenceData.Name::provinces).orElse(Set.of()));
            if (placeWords.size() > PLACE_WORDS) {
                placeWords.clear();
            }
            placeWords.put(w, p);
        }
        return p;
    }

    /** The names of the speech, found once for all its sentences. */
    private SpeechNames speechNames(SentenceContext ctx) {
        SpeechNames n = lastSpeech.get();
        if (n == null || n.speech() != ctx.speech()) {
            String text = ctx.speech().text();
            List<ReferenceData.Hit> hits = reference.find(text);
            n = new SpeechNames(ctx.speech(), text, hits, reference.regionOf(hits));
            lastSpeech.set(n);
        }
        return n;
    }

    /** The provinces the speech names. */
    private Set<String> region(SentenceContext ctx) {
        return speechNames(ctx).provinces();
    }

    /**
     * The reference names in the sentence, as {@link ReferenceData#find} would find them in its text: those of the
     * speech's names that lie inside it, in the same order.
     */
    private List<ReferenceData.Hit> sentenceHits(SentenceContext ctx) {
        String s = ctx.text();
        SpeechNames n = speechNames(ctx);
        int from = ctx.abs(0);
        if (from < 0 || !n.text().startsWith(s, from)) {
            return reference.find(s);
        }
        return slice(n.hits(), from, from + s.length());
    }

    /** The hits inside [from, to), shifted to start at {@code from}; {@code hits} are ordered by end. */
    static List<ReferenceData.Hit> slice(List<ReferenceData.Hit> hits, int from, int to) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) { // the first hit ending after from
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).end() <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<ReferenceData.Hit> out = new ArrayList<>();
        for (int i = lo; i < hits.size() && hits.get(i).end() <= to; i++) {
            ReferenceData.Hit h = hits.get(i);
            if (h.start() >= from) {
                out.add(new ReferenceData.Hit(h.start() - from, h.end() - from, h.name()));
            }
        }
        return out;
    }

    /**
     * A list of places around it, a verb of going or being somewhere before it, 等地, a level or a
     * geographic head after it. A name that is also a common word (合作, 资源) needs a list of places that
     * stand alone, with a separator (中非合作 is no list) unless the place before is of its own province
     * (北京怀柔), or 等地.
     */
    private static boolean inContext(String s, Candidate c, List<Candidate> known) {
        boolean common = c.common;
        if (s.startsWith("等地", c.end)) {
            return true;
        }
        if (!common && (GOING.matcher(s.substring(Math.max(0, c.start - 2), c.start)).find()
                || AFTER.matcher(s).region(c.end, s.length()).lookingAt()
                || GEO_HEAD.matcher(s).region(c.end, s.length()).lookingAt())) {
            return true;
        }
        for (Candidate o : known) {
            if (common && !o.alone) {
                continue;
            }
            boolean before = (o.end == c.start && (!common || o.sameProvince(c)))
                    || (o.end == c.start - 1 && LIST_SEPARATORS.indexOf(s.charAt(o.end)) >= 0);
            boolean after = o.start == c.end + 1 && LIST_SEPARATORS.indexOf(s.charAt(c.end)) >= 0;
            if (o != c && (before || after)) {
                return true;
            }
        }
        return false;
    }

    /** The place, extended over a geographic head after it (三亚 + 湾, 洋浦 + 港). */
    private static Mention withHead(SentenceContext ctx, Candidate c, int start, int end) {
        var head = GEO_HEAD.matcher(ctx.text()).region(c.end, ctx.text().length());
        if (head.lookingAt() && !ctx.insideFound(start, end + head.end() - c.end)) {
            int e = end + head.end() - c.end;
            return ctx.mention(EntityType.Place, ctx.text().substring(c.start, head.end()), start, e, "place");
        }
        return ctx.mention(EntityType.Place, c.label, start, end, "place");
    }

    /** HanLP knows the word first as something other than a place or a person (合作, 资源). */
    private static boolean commonWord(String w) {
        List<String> tags = HanLpAdapter.dictionaryTags(w);
        return !tags.isEmpty() && !tags.get(0).startsWith("ns") && !tags.get(0).startsWith("nr");
    }

    /** Used as an attribute (中国特色) or as the name of a school, hospital or firm (北京大学). */
    private static boolean usedAsName(String s, Candidate c) {
        return ATTRIBUTE.matcher(s).region(c.end, s.length()).lookingAt()
                || INSTITUTION.matcher(s).region(c.end, s.length()).lookingAt();
    }
}
