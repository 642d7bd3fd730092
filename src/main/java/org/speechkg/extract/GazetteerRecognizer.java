package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds curated national-level names. Where names of one entity nest (新时代枫桥经验 ⊃ 枫桥经验) only the
 * longest is kept; nested names of entities of another type stay (习近平 inside 习近平新时代中国特色社会主义思想),
 * except places inside longer names (中国 in 中国共产党), names inside a longer name of the same type
 * (中国共产党成立100周年 inside 庆祝中国共产党成立100周年), places used as attributes (中国特色), and a
 * person whose name only forms an -ism
 * (马克思 in 马克思主义).
 */
public final class GazetteerRecognizer implements MentionRecognizer {
    /** A place name used as an attribute (中国特色, 中国式现代化) does not refer to the place. */
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("特色|式|化|风格|气派|方案|智慧|道路|梦|精神|故事");
    private final Gazetteer gazetteer;

    public GazetteerRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Gazetteer.Hit> hits = gazetteer.find(ctx.text());
        List<Mention> out = new ArrayList<>();
        String s = ctx.text();
        for (Gazetteer.Hit h : hits) {
            EntityType type = h.entry().type();
            boolean ism = type == EntityType.Person && s.startsWith("主义", h.end());
            if (ism || nested(hits, h)) continue;
            boolean attribute = type == EntityType.Place && ATTRIBUTE.matcher(s).region(h.end(), s.length()).lookingAt();
            if (!attribute) {
                out.add(ctx.mention(type, h.entry().label(), ctx.abs(h.start()), ctx.abs(h.end()), name()));
            }
        }
        return out;
    }

    /**
     * True when a longer hit holds {@code h} and is of its type (so also when it is a longer name of the same
     * entry), or holds it at all when {@code h} is a place. One loop with no stream: every hit of the sentence
     * is checked against every other.
     */
    private static boolean nested(List<Gazetteer.Hit> hits, Gazetteer.Hit h) {
        int start = h.start();
        int end = h.end();
        int length = end - start;
        EntityType type = h.entry().type();
        boolean place = type == EntityType.Place;
        for (int i = 0, n = hits.size(); i < n; i++) {
            Gazetteer.Hit o = hits.get(i);
            if (o.start() <= start && end <= o.end() && o.end() - o.start() > length
                    && (place || o.entry().type() == type)) {
                return true;
            }
        }
        return false;
    }
}
