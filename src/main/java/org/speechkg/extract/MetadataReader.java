package org.speechkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
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
    private static final List<Map.Entry<Scan, String>> GENRES = List.of(
            Map.entry(Scan.compile("民主生活会.*(发言提纲|发言材料|对照检查)"), "民主生活会发言提纲"),
            Map.entry(Scan.compile("组织生活会.*(发言|对照检查)"), "组织生活会发言"),
            Map.entry(Scan.compile("对照检查材料"), "对照检查材料"),
            Map.entry(Scan.compile("研讨(交流)?发言|研讨交流"), "研讨发言"),
            Map.entry(Scan.compile("交流(研讨)?发言|交流材料"), "交流发言"),
            Map.entry(Scan.compile("工作总结|总结$"), "工作总结"),
            Map.entry(Scan.compile("政府工作报告"), "政府工作报告"),
            Map.entry(Scan.compile("述职(述廉)?报告"), "述职报告"),
            Map.entry(Scan.compile("整改(进展)?情况|整改报告"), "整改情况报告"),
            Map.entry(Scan.compile("的通报|通报$"), "通报"),
            Map.entry(Scan.compile("工作报告|报告$"), "工作报告"),
            Map.entry(Scan.compile("党课"), "党课讲稿"),
            Map.entry(Scan.compile("心得体会"), "心得体会"),
            Map.entry(Scan.compile("讲话"), "讲话"),
            Map.entry(Scan.compile("发言提纲|发言"), "发言"));
    /** A year the text speaks of; a target year (到2035年, 至2050年) is not when the speech was given. */
    private static final Scan YEAR = Scan.compile("(?<![\\d到至])(19[2-9]\\d|20\\d\\d)年");
    private static final Scan DATE = Scan.compile("(?:(?<!\\d)(19[2-9]\\d|20\\d\\d)年)?(?<!\\d)(1[0-2]|[1-9])月([12]\\d|3[01]|[1-9])日");
    /** A role: optional level and body, optional department, then a post (县委政法委常务副书记, 政法委书记). */
    private static final Pattern ROLE = Pattern.compile(
            "((省|市|县|区|镇|乡|自治区)?(委|党委|政府)?(常委、?)?(政法委|纪委|组织部|宣传部|统战部|办公室)?(常务)?(副)?(书记|部长|主任|局长|省长|市长|县长|区长|镇长|委员))");
    /** Searched over the whole text, so only where 作为 or 身为 begins ({@link Scan}). */
    private static final Scan SELF_ROLE = Scan.compile("(?:作为|身为)(?:一名|一位)?" + ROLE.pattern());
    /** Genres in which the text speaks for a body, not a person. */
    private static final Set<String> BODY_GENRES = Set.of("工作总结", "政府工作报告", "述职报告", "整改情况报告", "工作报告", "通报");
    private static final int OPENING = 600;
    private static final String HAN = "[\\p{IsHan}XＸ*＊]";
    private static final Pattern REPRESENTS = Pattern.compile("我代表(" + HAN + "{0,16}?(?:人民政府|政府|国务院|委员会|党委|党组|常委会|领导班子|班子|[省市县区]委))(?=[，,、向和及作对]|$)");
    private static final Pattern CPC_COMMITTEE = Pattern.compile("中共(" + HAN + "{2,16}?)委员会");
    private static final Pattern REPORTED_TO = Pattern.compile("向(" + HAN + "{2,16}?(?:党委|党组))反馈");
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("(?:(" + HAN + "{1,10}?([省市县区]))(?:省长|市长|县长|区长))|国务院总理");
    /** A committee's term (中共XX市第十四届委员会): not part of the body's name. */
    private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十百\\d]{1,4}届$");
    /** A body named by its head alone (我代表党组): no name to read, so no body. */
    private static final Pattern BARE_HEAD = Pattern.compile("(人民)?政府|委员会|党委|党组|常委会");
    /** The institution's own committee named generically (我代表学校党委): the institution is read elsewhere. */
    private static final Pattern OWN_INSTITUTION_COMMITTEE = Pattern.compile("(学校|我校|本校|校)党委");
    private static final Pattern LEADERSHIP = Pattern.compile("(领导)?班子$");
    private static final Pattern LEVEL_OF_NAME = Pattern.compile("^(?:" + HAN + "{0,10}?)(省|市|县|区|镇|乡)");
    private static final Pattern PLACE_LEVEL = Pattern.compile("(省|市|县|区|镇|乡|自治区|自治州|州|盟|旗)委?$");
    private static final Pattern INSTITUTION = Pattern.compile("(大学|学院|中学|小学|学校|医院|研究院|研究所|公司|集团)$");
    private static final Pattern INSTITUTION_TITLE = Pattern.compile("《(" + HAN + "{2,12}?(?:大学|学院|中学|小学|学校|医院))");
    private static final Scan OWN_LEVEL = Scan.compile("(?:我|全|本)(省|市|县|区|镇|乡)");

    public SpeechMetadata read(CleanSpeech speech) {
        String text = speech.text();
        String title = speech.sentences().isEmpty() ? speech.id() : speech.sentences().get(0).text();
        String head = text.substring(0, Math.min(text.length(), 400));
        Optional<String> genre = genre(title).or(() -> genre(head));
        Optional<MatchResult> role = titleRole(title).<MatchResult>map(m -> m).or(() -> find(SELF_ROLE, text));
        Optional<String> level = role.map(m -> m.group(2)).filter(l -> l != null && !l.isEmpty())
                .or(() -> ownLevel(text));
        Optional<SpeakerBody> body = genre.filter(BODY_GENRES::contains).flatMap(g -> speaker(text, title, g));
        return new SpeechMetadata(title, genre, years(text), dates(text), role.map(m -> m.group(1)), level, body);
    }

    /**
     * The body a report speaks for, read in order from: the opening's 我代表X (X a government, committee or
     * leadership team); a party committee named in the title (中共X委员会关于…); the body an inspection
     * reported to (向X党委反馈, in a report on fixing its findings); the head of government signing a
     * government work report (X省省长 → X省人民政府, 国务院总理 → 国务院).
     */
    static Optional<SpeakerBody> speaker(String text, String title, String genre) {
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        Optional<SpeakerBody> b = find(REPRESENTS, opening).flatMap(m -> represented(m.group(1), text));
        if (b.isEmpty()) b = find(CPC_COMMITTEE, title).map(m -> committee(m.group(1), m.group()));
        if (b.isEmpty() && genre.equals("整改情况报告")) {
            b = find(REPORTED_TO, opening).map(m -> committee(m.group(1), m.group(1)));
        }
        if (b.isEmpty() && genre.equals("政府工作报告")) {
            b = find(HEAD_OF_GOVERNMENT, opening).map(m -> m.group(1) == null ? national()
                    : new SpeakerBody(m.group(1) + "人民政府", m.group(2), Optional.empty(), m.group(1) + "人民政府"));
        }
        return b;
    }

    /** The body in 我代表X: a government or committee as named, or the unit a leadership team (班子) leads. */
    private static Optional<SpeakerBody> represented(String name, String text) {
        if (name.equals("国务院")) return Optional.of(national());
        Matcher team = LEADERSHIP.matcher(name);
        if (team.find()) {
            return mostNamedInstitution(text).map(i -> new SpeakerBody(i, "单位", Optional.of(i), i));
        }
        Matcher own = OWN_INSTITUTION_COMMITTEE.matcher(name);
        if (own.matches()) {
            return mostNamedInstitution(text).map(i -> new SpeakerBody(i + "党委", "单位", Optional.of(i), name));
        }
        if (BARE_HEAD.matcher(name).matches()) return Optional.empty();
        Matcher lv = LEVEL_OF_NAME.matcher(name);
        String level = lv.find() ? lv.group(1) : "单位";
        if (name.startsWith("中共") && name.endsWith("委员会")) {
            return Optional.of(committee(name.substring(2, name.length() - 3), name));
        }
        if (name.endsWith("党委") || name.endsWith("党组")) return Optional.of(committee(name, name));
        return Optional.of(new SpeakerBody(name, level, Optional.empty(), name));
    }

    private static SpeakerBody national() {
        return new SpeakerBody("国务院", "国家", Optional.empty(), "国务院");
    }

    /**
     * A party committee from the name of what it leads: a place (XX市 → XX市委, level 市) or an institution
     * (南开大学 → 南开大学党委, level 单位). A name already ending in 党委/党组/委 is kept.
     */
    private static SpeakerBody committee(String named, String surface) {
        String owner = TERM.matcher(named).replaceAll("");
        if (owner.endsWith("党委") || owner.endsWith("党组")) {
            String inst = owner.substring(0, owner.length() - 2);
            return new SpeakerBody(owner, "单位", INSTITUTION.matcher(inst).find() ? Optional.of(inst) : Optional.empty(), surface);
        }
        Matcher lv = PLACE_LEVEL.matcher(owner);
        if (lv.find()) {
            String label = owner.endsWith("委") ? owner : owner + "委";
            return new SpeakerBody(label, lv.group(1), Optional.empty(), surface);
        }
        return new SpeakerBody(owner + "党委", "单位", Optional.of(owner), surface);
    }

    /** The institution most often opening a bracketed title (《X中学关于…》), for a text naming itself only so. */
    private static Optional<String> mostNamedInstitution(String text) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Matcher m = INSTITUTION_TITLE.matcher(text);
        while (m.find()) counts.merge(m.group(1), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey);
    }

    private static Optional<String> genre(String s) {
        for (Map.Entry<Scan, String> g : GENRES) {
            if (g.getKey().foundIn(s)) {
                return Optional.of(g.getValue());
            }
        }
        return Optional.empty();
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

    private static Optional<MatchResult> find(Scan p, String text) {
        Scan.Hits m = p.in(text);
        return m.find() ? Optional.of(m) : Optional.empty();
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
