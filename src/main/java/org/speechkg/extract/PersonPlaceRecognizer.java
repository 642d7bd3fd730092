package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons and places.
 * <ul>
 *   <li>HanLP dictionary words tagged person (nr) or place (ns), outside organizations and documents found
 *       earlier; anonymised persons (XX同志) are never names.</li>
 *   <li>Anonymised places with a level (XX市, *县), unless they name a body (XX市委).</li>
 *   <li>Named communities and villages: a two-character name directly after a list separator, then
 *       社区/村/街道 (平安社区、黄河社区).</li>
 * </ul>
 */
public final class PersonPlaceRecognizer implements MentionRecognizer {
    private static final Pattern PLACEHOLDER_PLACE = Pattern.compile(
            "(XX|ＸＸ|[*＊]|某)(省|市|县|区|镇|乡|村|自治区|自治州)(?!委|党委|政府|人大|政协|纪委|监委|法院|检察院)");
    private static final Pattern COMMUNITY = Pattern.compile("(?<=[、，,：:如])(\\p{IsHan}{2})(社区|村|街道)(?![\\p{IsHan}&&[^、，。；的等]])");
    private static final Pattern GENERIC = Pattern.compile("重点|城市|农村|基层|周边|所在|相关|部分|全部|示范|各个|城乡|老旧");

    @Override
    public String name() {
        return "person-place";
    }

    private static final Pattern TITLE_ANYWHERE = Pattern.compile("同志|书记|主席|总书记|总理|委员长|先生|女士|教授|院士|烈士");
    private static final Pattern TITLE_AFTER = Pattern.compile("^(同志|书记|副书记|主席|总书记|总理|委员长|先生|女士|教授|院士|烈士)");
    private final Gazetteer gazetteer;

    public PersonPlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        Matcher m = PLACEHOLDER_PLACE.matcher(ctx.text());
        while (m.find()) {
            out.add(ctx.mention(EntityType.Place, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = COMMUNITY.matcher(ctx.text());
        while (m.find()) {
            if (!GENERIC.matcher(m.group(1)).matches()) {
                out.add(ctx.mention(EntityType.Place, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
            }
        }
        dictionaryNames(ctx, out);
        titledNames(ctx, out);
        return out;
    }

    /** Names HanLP guesses, kept only when a title follows (省委车俊书记, 张三同志). */
    private void titledNames(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        if (!TITLE_ANYWHERE.matcher(s).find()) {
            return; // no title, so no guessed name could be kept: skip the second segmentation
        }
        for (HanLpAdapter.Token t : HanLpAdapter.segmentGuessingNames(s)) {
            if (!t.isPerson() || t.word().length() < 2 || t.word().length() > 4 || !t.word().matches("\\p{IsHan}+")) {
                continue;
            }
            int start = ctx.abs(t.offset());
            int end = start + t.word().length();
            boolean titled = TITLE_AFTER.matcher(s).region(t.offset() + t.word().length(), s.length()).lookingAt();
            boolean taken = ctx.insideFound(start, end) || out.stream().anyMatch(o -> o.overlaps(
                    new Mention(EntityType.Person, "", "", "", 0, start, end, 0, 0, "")));
            if (titled && !taken) {
                out.add(ctx.mention(EntityType.Person, t.word(), start, end, "hanlp-titled"));
            }
        }
    }

    /**
     * HanLP dictionary persons and places. Two-character words are ambiguous in political prose (高强,
     * 台中 in 平台中), so they count only when curated or, for persons, followed by a title.
     */
    private void dictionaryNames(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        for (HanLpAdapter.Token t : HanLpAdapter.segment(s)) {
            EntityType type = t.isPerson() ? EntityType.Person : t.isPlace() ? EntityType.Place : null;
            if (type == null || t.word().length() < 2 || !t.word().matches("\\p{IsHan}+")) {
                continue;
            }
            int start = ctx.abs(t.offset());
            int end = start + t.word().length();
            boolean titled = TITLE_AFTER.matcher(s).region(t.offset() + t.word().length(), s.length()).lookingAt();
            boolean reliable = t.word().length() >= 3 || gazetteer.byName(t.word()).isPresent() || (type == EntityType.Person && titled);
            boolean blocked = ctx.insideFound(start, end)
                    || out.stream().anyMatch(o -> o.start() <= start && end <= o.end());
            if (reliable && !blocked) {
                out.add(ctx.mention(type, Labels.canonical(t.word()), start, end, "hanlp"));
            }
        }
    }
}
