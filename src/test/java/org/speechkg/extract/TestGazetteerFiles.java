package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the curated gazetteer data files: format, type per file, uniqueness of names, and matching. */
class TestGazetteerFiles {

    /** The file each type lives in. */
    private static final Map<String, EntityType> FILE_TYPES = new LinkedHashMap<>();

    static {
        FILE_TYPES.put("organizations", EntityType.Organization);
        FILE_TYPES.put("policies", EntityType.Policy);
        FILE_TYPES.put("campaigns", EntityType.Campaign);
        FILE_TYPES.put("events", EntityType.Event);
        FILE_TYPES.put("persons", EntityType.Person);
        FILE_TYPES.put("places", EntityType.Place);
        FILE_TYPES.put("documents", EntityType.Document);
    }

    /**
     * Names deliberately shared by two entries, with the reason. Empty: every name resolves to exactly one
     * entity. Add a pair here (name → reason) only when sharing is truly intended.
     */
    private static final Map<String, String> SHARED_NAME_EXCEPTIONS = Map.of();

    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    /** Every name is Chinese: at least one Han character (catches column slips such as "; Q7264"). */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** One data line of a file, with where it came from. */
    private record Line(String file, int lineNo, String[] fields) {
        String where() {
            return file + ".tsv:" + lineNo;
        }
    }

    private static List<Line> read(String file) {
        InputStream in = TestGazetteerFiles.class.getResourceAsStream("/gazetteer/" + file + ".tsv");
        assertThat(in).as("resource gazetteer/%s.tsv", file).isNotNull();
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (n == 1) {
                    assertThat(s).as("%s.tsv must start with a comment header", file).startsWith("#");
                }
                if (s.isBlank() || s.startsWith("#")) continue;
                out.add(new Line(file, n, s.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Line> all() {
        List<Line> all = new ArrayList<>();
        FILE_TYPES.keySet().forEach(f -> all.addAll(read(f)));
        return all;
    }

    private static List<String> names(Line l) {
        List<String> names = new ArrayList<>();
        names.add(l.fields()[1]);
        if (l.fields().length > 2 && !l.fields()[2].isEmpty()) {
            names.addAll(List.of(l.fields()[2].split("\\|", -1)));
        }
        return names;
    }

    @Test
    void resourcesListMatchesTheFiles() {
        assertThat(Gazetteer.RESOURCES).containsExactlyInAnyOrderElementsOf(FILE_TYPES.keySet());
    }

    @Test
    void everyLineParsesAndHasTheTypeOfItsFile() {
        for (Map.Entry<String, EntityType> f : FILE_TYPES.entrySet()) {
            List<Line> lines = read(f.getKey());
            assertThat(lines).as("%s.tsv has entries", f.getKey()).isNotEmpty();
            for (Line l : lines) {
                String[] c = l.fields();
                assertThat(c.length).as("%s: 2 to 4 TAB-separated columns", l.where()).isBetween(2, 4);
                assertThat(c[0]).as("%s: type", l.where()).isEqualTo(f.getValue().name());
                assertThat(c[1]).as("%s: label", l.where()).isNotBlank().isEqualTo(c[1].strip())
                        .doesNotContain("《", "》", "“", "”", "\"", "|");
                if (c.length > 3 && !c[3].isEmpty()) {
                    assertThat(c[3]).as("%s: Wikidata id", l.where()).matches(QID);
                }
                for (String name : names(l)) {
                    assertThat(name).as("%s: name '%s'", l.where(), name)
                            .isNotBlank().isEqualTo(name.strip()).doesNotContain("\t", ";")
                            .containsPattern(HAN);
                    assertThat(name.codePointCount(0, name.length()))
                            .as("%s: one-character name '%s'", l.where(), name).isGreaterThan(1);
                }
                List<String> ns = names(l);
                assertThat(new HashSet<>(ns)).as("%s: repeated name within one entry", l.where()).hasSize(ns.size());
            }
        }
    }

    @Test
    void noNameBelongsToTwoEntries() {
        Map<String, Line> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Line l : all()) {
            for (String name : names(l)) {
                Line prev = owner.putIfAbsent(name, l);
                if (prev != null && prev != l && !SHARED_NAME_EXCEPTIONS.containsKey(name)) {
                    clashes.add(name + " (" + prev.where() + " and " + l.where() + ")");
                }
            }
        }
        assertThat(clashes).as("names used by more than one entry").isEmpty();
    }

    @Test
    void labelsAreUniquePerType() {
        Set<String> seen = new HashSet<>();
        for (Line l : all()) {
            assertThat(seen.add(l.fields()[0] + "/" + l.fields()[1])).as("%s: duplicate label", l.where()).isTrue();
        }
    }

    @Test
    void coverageIsBroadEnough() {
        List<Line> all = all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(400);
        Gazetteer g = Gazetteer.standard();
        assertThat(g.size()).isEqualTo(all.size());
    }

    @Test
    void wellKnownIdsAreKept() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.lookup(EntityType.Person, "习近平").flatMap(GazetteerEntry::wikidata)).contains("Q15031");
        assertThat(g.lookup(EntityType.Person, "毛泽东").flatMap(GazetteerEntry::wikidata)).contains("Q5816");
        assertThat(g.lookup(EntityType.Organization, "中国共产党").flatMap(GazetteerEntry::wikidata)).contains("Q17427");
        assertThat(g.lookup(EntityType.Place, "中国").flatMap(GazetteerEntry::wikidata)).contains("Q148");
    }

    @Test
    void aliasesResolveToTheirEntity() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.byName("中组部")).map(GazetteerEntry::label).contains("中央组织部");
        assertThat(g.byName("党章")).map(GazetteerEntry::label).contains("中国共产党章程");
        assertThat(g.byName("二十届三中全会")).map(GazetteerEntry::label).contains("党的二十届三中全会");
        assertThat(g.byName("新疆")).map(GazetteerEntry::label).contains("新疆维吾尔自治区");
        assertThat(g.byName("总书记")).map(GazetteerEntry::label).contains("习近平");
        assertThat(g.byName("教育整顿")).map(GazetteerEntry::label).contains("政法队伍教育整顿");
        assertThat(g.byName("八项规定")).map(e -> e.type() + "/" + e.label()).contains("Policy/中央八项规定");
        assertThat(g.byName("党")).isEmpty();
        assertThat(g.byName("我国")).isEmpty();
    }

    @Test
    void findsNamesOfEveryTypeInASentence() {
        String sentence = "会上，我们按照中央政法委的部署，原原本本学习了习近平法治思想和党的二十届三中全会精神，"
                + "对照中国共产党纪律处分条例查摆问题，结合党纪学习教育，"
                + "把坚持和发展新时代“枫桥经验”与放管服改革结合起来，"
                + "并组织参观了延安革命纪念地，重温了焦裕禄同志的事迹。";
        Set<String> found = Gazetteer.standard().find(sentence).stream()
                .map(h -> h.entry().type() + "/" + h.entry().label())
                .collect(Collectors.toSet());
        assertThat(found).contains(
                "Organization/中央政法委",
                "Policy/习近平法治思想",
                "Event/党的二十届三中全会",
                "Document/中国共产党纪律处分条例",
                "Campaign/党纪学习教育",
                "Policy/枫桥经验",
                "Campaign/放管服改革",
                "Place/延安",
                "Person/焦裕禄");
    }

    @Test
    void findReportsTheMatchedSpan() {
        String sentence = "全体干警要深刻领悟两个确立的决定性意义，增强四个意识。";
        List<Gazetteer.Hit> hits = Gazetteer.standard().find(sentence);
        assertThat(hits).extracting(Gazetteer.Hit::name).contains("两个确立", "四个意识");
        for (Gazetteer.Hit h : hits) {
            assertThat(sentence.substring(h.start(), h.end())).isEqualTo(h.name());
        }
    }
}
