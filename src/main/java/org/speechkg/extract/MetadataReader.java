package org.speechkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;
import org.speechkg.clean.CleanSpeech;

/**
 * Speech metadata from the text itself: the title line, the genre its title or opening names, years and
 * dates mentioned, and the speaker's role and administrative level where stated.
 */
public final class MetadataReader {
    /** Genres, most specific first: a pattern over the title (or the opening) and the genre it names. */
    private static final List<Map.Entry<Pattern, String>> GENRES = List.of(
            Map.entry(Pattern.compile("民主生活会.*(发言提纲|发言材料|对照检查)"), "民主生活会发言提纲"),
            Map.entry(Pattern.compile("组织生活会.*(发言|对照检查)"), "组织生活会发言"),
            Map.entry(Pattern.compile("对照检查材料"), "对照检查材料"),
            Map.entry(Pattern.compile("研讨(交流)?发言|研讨交流"), "研讨发言"),
            Map.entry(Pattern.compile("交流(研讨)?发言|交流材料"), "交流发言"),
            Map.entry(Pattern.compile("工作总结|总结$"), "工作总结"),
            Map.entry(Pattern.compile("政府工作报告"), "政府工作报告"),
            Map.entry(Pattern.compile("述职(述廉)?报告"), "述职报告"),
            Map.entry(Pattern.compile("整改(进展)?情况|整改报告"), "整改情况报告"),
            Map.entry(Pattern.compile("工作报告|报告$"), "工作报告"),
            Map.entry(Pattern.compile("党课"), "党课讲稿"),
            Map.entry(Pattern.compile("心得体会"), "心得体会"),
            Map.entry(Pattern.compile("讲话"), "讲话"),
            Map.entry(Pattern.compile("发言提纲|发言"), "发言"));
    /** A year the text speaks of; a target year (到2035年, 至2050年) is not when the speech was given. */
    private static final Scan YEAR = Scan.compile("(?<![\\d到至])(19[2-9]\\d|20\\d\\d)年");
    private static final Scan DATE = Scan.compile("(?:(?<!\\d)(19[2-9]\\d|20\\d\\d)年)?(?<!\\d)(1[0-2]|[1-9])月([12]\\d|3[01]|[1-9])日");
    /** A role: optional level and body, optional department, then a post (县委政法委常务副书记, 政法委书记). */
    private static final Pattern ROLE = Pattern.compile(
            "((省|市|县|区|镇|乡|自治区)?(委|党委|政府)?(常委、?)?(政法委|纪委|组织部|宣传部|统战部|办公室)?(常务)?(副)?(书记|部长|主任|局长|省长|市长|县长|区长|镇长|委员))");
    private static final Pattern SELF_ROLE = Pattern.compile("(?:作为|身为)(?:一名|一位)?" + ROLE.pattern());
    private static final Scan OWN_LEVEL = Scan.compile("(?:我|全|本)(省|市|县|区|镇|乡)");

    public SpeechMetadata read(CleanSpeech speech) {
        String text = speech.text();
        String title = speech.sentences().isEmpty() ? speech.id() : speech.sentences().get(0).text();
        String head = text.substring(0, Math.min(text.length(), 400));
        Optional<String> genre = genre(title).or(() -> genre(head));
        Optional<Matcher> role = titleRole(title).or(() -> find(SELF_ROLE, text));
        Optional<String> level = role.map(m -> m.group(2)).filter(l -> l != null && !l.isEmpty())
                .or(() -> ownLevel(text));
        return new SpeechMetadata(title, genre, years(text), dates(text), role.map(m -> m.group(1)), level);
    }

    private static Optional<String> genre(String s) {
        return GENRES.stream().filter(g -> g.getKey().matcher(s).find()).map(Map.Entry::getValue).findFirst();
    }

    /** The speaker's role when the title states it (县委政法委常务副书记研讨交流发言材料). */
    private static Optional<Matcher> titleRole(String title) {
        Matcher m = ROLE.matcher(title);
        while (m.find()) {
            if (m.group(8) != null && (m.group(5) != null || m.group(3) != null)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<Matcher> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** The level the speech speaks for: the most frequent of 我市/全县/本区…. */
    private static Optional<String> ownLevel(String text) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Scan.Hits m = OWN_LEVEL.in(text);
        while (m.find()) counts.merge(m.group(1), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static List<Integer> years(String text) {
        Set<Integer> ys = new LinkedHashSet<>();
        Scan.Hits m = YEAR.in(text);
        while (m.find()) ys.add(Integer.parseInt(m.group(1)));
        return new ArrayList<>(ys);
    }

    private static List<String> dates(String text) {
        Set<String> ds = new LinkedHashSet<>();
        Scan.Hits m = DATE.in(text);
        while (m.find()) {
            String md = String.format("%02d-%02d", Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            ds.add(m.group(1) != null ? m.group(1) + "-" + md : "--" + md);
        }
        return new ArrayList<>(ds);
    }
}
