package org.speechkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.speechkg.extract.EntityType;
import org.speechkg.extract.Extraction;
import org.speechkg.extract.Gazetteer;
import org.speechkg.extract.GazetteerEntry;
import org.speechkg.extract.Labels;
import org.speechkg.extract.Mention;
import org.speechkg.extract.RelationMention;

/**
 * Resolves mentions to entities.
 * <ol>
 *   <li>Abbreviations within a speech: a short mention whose label ends an earlier, longer label of the
 *       same type denotes that entity (《条例》 after 《中国共产党政法工作条例》; 领导小组 after 党史学习教育领导小组),
 *       unless the speech already used the short form as a name of its own, it is a curated name, or a
 *       body is written right before it (省委经济工作会议 after 中央经济工作会议). A name
 *       qualified by an anonymised place (XX政法e媒体工作室) after the unqualified one is the same entity.</li>
 *   <li>Scope: curated gazetteer entries are corpus-wide. Organizations, events and campaigns not in the
 *       gazetteer are local to the speech (市委 in one speech is not 市委 in another). Other types are
 *       corpus-wide unless they carry a placeholder (XX市, *县, 某某, or a lone X where a number or name
 *       stands: 第X巡视组, X县; see {@link Labels#hasPlaceholder}) or start with a relative level (市、县…).
 *       So a document titled after 省委第X巡视组 stays in its speech.</li>
 * </ol>
 */
public final class ScopedEntityResolver implements EntityResolver {
    /** An anonymised place written before a name (XX政法e媒体工作室). */
    private static final Pattern PLACE_QUALIFIER = Pattern.compile("(XX|ＸＸ|[*＊]|某|(?<![A-Za-z])[XＸ](?=[省市县区]))(省|市|县|区)?");
    /** The characters a {@link #PLACE_QUALIFIER} match begins with: a label opening with none is not matched. */
    private static final String QUALIFIER_STARTS = "XＸ*＊某";
    private static final Pattern RELATIVE = Pattern.compile("^(本|我|全)?(省|市|县|区|镇|乡|村|街道|自治区|州|盟|旗)(?![长])");
    private static final Pattern TRAILING_NOTE = Pattern.compile("（[^（）]*）$");
    private final Gazetteer gazetteer;

    public ScopedEntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public ResolvedSpeech resolve(Extraction ex) {
        Map<Mention, EntityRef> refs = new HashMap<>();
        Map<String, Optional<GazetteerEntry>> byName = new HashMap<>();
        Map<String, EntityRef> refOf = new HashMap<>();
        List<ResolvedMention> mentions = new ArrayList<>();
        List<Mention> earlier = new ArrayList<>();
        Set<Integer> bodyEnds = new HashSet<>();
        Set<String> standalone = new HashSet<>();
        for (Mention m : ex.mentions()) {
            String key = m.type() + m.label();
            boolean keep = byName.computeIfAbsent(m.label(), gazetteer::byName).isPresent() || standalone.contains(key);
            Mention expanded = keep ? m : expandAbbreviation(m, earlier, bodyEnds);
            if (expanded == m) {
                standalone.add(key);
            }
            EntityRef ref = cachedRef(refOf, expanded.type(), expanded.label());
            refs.put(m, ref);
            mentions.add(new ResolvedMention(m, ref));
            earlier.add(expanded);
            if (expanded.type() == EntityType.Organization) {
                bodyEnds.add(expanded.end());
            }
        }
        List<ResolvedRelation> relations = new ArrayList<>();
        for (RelationMention r : ex.relations()) {
            EntityRef s = refs.get(r.subject());
            if (s == null) s = cachedRef(refOf, r.subject().type(), r.subject().label());
            EntityRef o = refs.get(r.object());
            if (o == null) o = cachedRef(refOf, r.object().type(), r.object().label());
            relations.add(new ResolvedRelation(s, r, o));
        }
        return new ResolvedSpeech(ex, mentions, relations);
    }

    /** {@link #ref}, made once per type and label within one speech. */
    private EntityRef cachedRef(Map<String, EntityRef> refOf, EntityType type, String label) {
        String key = type.name() + '\t' + label;
        EntityRef r = refOf.get(key);
        if (r == null) {
            r = ref(type, label);
            refOf.put(key, r);
        }
        return r;
    }

    private boolean isCurated(Mention m) {
        return gazetteer.byName(m.label()).isPresent();
    }

    /**
     * The entity for a label and type. A label that is any curated name of an entry of that type (an
     * alias such as 新时代枫桥经验) denotes the curated entity under its canonical label.
     */
    public EntityRef ref(EntityType type, String label) {
        Optional<GazetteerEntry> g = gazetteer.lookup(type, label)
                .or(() -> gazetteer.byName(label).filter(e -> e.type() == type));
        if (g.isPresent()) {
            return new EntityRef(type, g.get().label(), Scope.NATIONAL, g.get().wikidata());
        }
        return new EntityRef(type, label, scopeOf(type, label), Optional.empty());
    }

    static Scope scopeOf(EntityType type, String label) {
        if (Labels.hasPlaceholder(label) || RELATIVE.matcher(label).find()) {
            return Scope.SPEECH;
        }
        return switch (type) {
            case Organization, Event, Campaign -> Scope.SPEECH;
            default -> Scope.NATIONAL;
        };
    }

    /**
     * The full name a short mention stands for: the latest earlier mention of the same type whose label
     * ends with it (领导小组 → 党史学习教育领导小组), or whose label ends with its head while it adds a unit
     * (领导小组办公室 → 党史学习教育领导小组办公室). Only short forms are expanded (at most six characters,
     * or written in 《》, or a head plus a unit), so a longer name is never swallowed by another.
     */
    static Mention expandAbbreviation(Mention m, List<Mention> earlier) {
        Set<Integer> bodyEnds = new HashSet<>();
        for (Mention e : earlier) {
            if (e.type() == EntityType.Organization) bodyEnds.add(e.end());
        }
        return expandAbbreviation(m, earlier, bodyEnds);
    }

    /** {@link #expandAbbreviation(Mention, List)} given the end offsets of the organizations among {@code earlier}. */
    private static Mention expandAbbreviation(Mention m, List<Mention> earlier, Set<Integer> bodyEnds) {
        String label = m.label();
        boolean shortForm = label.length() <= 6 || m.text().startsWith("《");
        java.util.regex.Matcher q = label.isEmpty() || QUALIFIER_STARTS.indexOf(label.charAt(0)) < 0 ? null
                : PLACE_QUALIFIER.matcher(label);
        if (q != null && q.lookingAt() && q.end() < label.length()) {
            String unqualified = label.substring(q.end());
            for (Mention e : earlier) {
                if (e.type() == m.type() && e.label().equals(unqualified)) {
                    return m.withLabel(unqualified);
                }
            }
        }
        if (bodyEnds.contains(m.start())) {
            // a body is written right before the mention (省委 in 省委经济工作会议): the body qualifies it, so it
            // is that body's own, not a short form of an earlier name (中央经济工作会议)
            return m;
        }
        for (int i = label.length() < 2 ? -1 : earlier.size() - 1; i >= 0; i--) {
            Mention e = earlier.get(i);
            if (e.type() != m.type() || e.label().length() <= label.length()
                    || e.end() > m.start() || m.overlaps(e)) {
                continue;
            }
            String full = e.label().endsWith("）") ? TRAILING_NOTE.matcher(e.label()).replaceFirst("") : e.label();
            if (shortForm && full.endsWith(label)) {
                return m.withLabel(e.label());
            }
            String el = e.label();
            for (int cut = 2; cut < label.length() - 1 && cut <= 4; cut++) {
                // el ends with the head label[0, cut) (el is longer than label, so never equal to the head)
                if (el.regionMatches(el.length() - cut, label, 0, cut)) {
                    return m.withLabel(el + label.substring(cut));
                }
            }
        }
        return m;
    }

}
