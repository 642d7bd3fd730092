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
        boolean[] nested = nested(hits);
        for (int i = 0; i < hits.size(); i++) {
            Gazetteer.Hit h = hits.get(i);
            EntityType type = h.entry().type();
            boolean ism = type == EntityType.Person && s.startsWith("主义", h.end());
            if (ism || nested[i]) continue;
            boolean attribute = type == EntityType.Place && ATTRIBUTE.matcher(s).region(h.end(), s.length()).lookingAt();
            if (!attribute) {
                out.add(ctx.mention(type, h.entry().label(), ctx.abs(h.start()), ctx.abs(h.end()), name()));
            }
        }
        return out;
    }

    private static final int TYPES = EntityType.values().length;

    /**
     * For each hit: true when a longer hit holds it and is of its type (so also when it is a longer name of the
     * same entry), or holds it at all when it is a place. A longer hit holding [start, end) either starts before
     * it and ends at or after its end, or starts with it and ends after: read in order of start, the latest end
     * so far (of any type and per type) answers for every hit at once, instead of every hit against every other.
     */
    private static boolean[] nested(List<Gazetteer.Hit> hits) {
        int n = hits.size();
        boolean[] nested = new boolean[n];
        if (n < 2) return nested;
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) hits.get(i).start() << 32) | i;
        }
        java.util.Arrays.sort(order);
        int endBefore = Integer.MIN_VALUE; // latest end of the hits starting before the current start
        int[] endBeforeOf = new int[TYPES];
        int[] endHereOf = new int[TYPES];
        java.util.Arrays.fill(endBeforeOf, Integer.MIN_VALUE);
        for (int i = 0; i < n; ) {
            int start = hits.get((int) order[i]).start();
            int j = i;
            int endHere = Integer.MIN_VALUE; // latest end of the hits starting here
            java.util.Arrays.fill(endHereOf, Integer.MIN_VALUE);
            for (; j < n && hits.get((int) order[j]).start() == start; j++) {
                Gazetteer.Hit h = hits.get((int) order[j]);
                int t = h.entry().type().ordinal();
                endHere = Math.max(endHere, h.end());
                endHereOf[t] = Math.max(endHereOf[t], h.end());
            }
            for (int k = i; k < j; k++) {
                int index = (int) order[k];
                Gazetteer.Hit h = hits.get(index);
                int t = h.entry().type().ordinal();
                nested[index] = h.entry().type() == EntityType.Place
                        ? endBefore >= h.end() || endHere > h.end()
                        : endBeforeOf[t] >= h.end() || endHereOf[t] > h.end();
            }
            endBefore = Math.max(endBefore, endHere);
            for (int t = 0; t < TYPES; t++) {
                endBeforeOf[t] = Math.max(endBeforeOf[t], endHereOf[t]);
            }
            i = j;
        }
        return nested;
    }
}
