package org.speechkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Place names from reference data derived from well-kept packages (see {@code scripts/reference/build.sh}):
 * China's administrative divisions down to townships, with their short forms (海口市/海口,
 * 延边朝鲜族自治州/延边), and country names in Chinese. Each resource starts with comment lines recording
 * the package, version, licence and command it came from.
 *
 * <p>Whether a name may be taken as a place on its own is judged here against HanLP's core dictionary:
 * a province's or prefecture's short form stands alone only when HanLP knows it first as a place (海口,
 * 赣州); a county's short form never does (城中 in 城中村); other short forms need context: those HanLP
 * does not know (澄迈, 同德 in 同心同德), those it knows as a person (金华) or a common word (盐田, 怀柔,
 * 合作). A full name HanLP knows first as a common word (城区) is left out, and one of a district whose
 * stem is a common word (平房区) needs context; a township counts by its full name only, and needs
 * context unless HanLP knows its stem as a place.
 */
public final class ReferenceData {
    /** The resource files, under {@code /reference/}. */
    public static final List<String> RESOURCES = List.of("divisions.tsv", "countries.tsv");

    /** Administrative level, highest first. */
    public enum Level { COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP }

    /**
     * Whether a name is a place on its own, or only where context says so (or, for a division, where the
     * text names its province).
     */
    public enum Trust { ALONE, WITH_CONTEXT }

    /**
     * A place name: as written, the label it maps to (the short form where there is one), level, trust, and
     * the provinces (two-digit division codes) of the divisions spelled so, and whether HanLP knows the name
     * first as a common word (合作, 资源).
     */
    public record Name(String name, String label, Level level, Trust trust, Set<String> provinces, boolean common) {
        public boolean alone() {
            return trust == Trust.ALONE;
        }

        /** True when the division lies in one of {@code codes}. */
        public boolean inAnyOf(Set<String> codes) {
            return provinces.stream().anyMatch(codes::contains);
        }
    }

    /** One occurrence of a name in a text. */
    public record Hit(int start, int end, Name name) {}

    /** 中 and one character is also China and another (中非合作: China and Africa), so 中非 needs context. */
    private static final java.util.regex.Pattern CHINA_AND = java.util.regex.Pattern.compile("中\\p{IsHan}");
    private static final String TOWNSHIP_SUFFIX = "(镇|乡|街道|苏木)$";
    private static volatile ReferenceData standard;
    private final AhoCorasickDoubleArrayTrie<Name> trie = new AhoCorasickDoubleArrayTrie<>();

    ReferenceData(List<Name> names) {
        TreeMap<String, Name> byName = new TreeMap<>();
        for (Name n : names) {
            byName.merge(n.name(), n, ReferenceData::better);
        }
        trie.build(byName);
    }

    /** The reference data bundled on the classpath (loaded once, immutable, shared). */
    public static ReferenceData standard() {
        if (standard == null) {
            synchronized (ReferenceData.class) {
                if (standard == null) {
                    List<Name> names = new ArrayList<>();
                    read("divisions.tsv", f -> division(f, names));
                    read("countries.tsv", f -> country(f[0], names));
                    standard = new ReferenceData(names);
                }
            }
        }
        return standard;
    }

    /** Every occurrence of every name in {@code text}, nested and overlapping ones included. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, name) -> hits.add(new Hit(begin, end, name)));
        return hits;
    }

    /** The name spelled exactly {@code word}, if the reference data has it. */
    public Optional<Name> lookup(String word) {
        return Optional.ofNullable(trie.get(word));
    }

    public int size() {
        return trie.size();
    }

    /** The comment lines opening a resource: where it came from and how it was made. */
    public static List<String> provenance(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = open(resource)) {
            for (String line = r.readLine(); line != null && line.startsWith("#"); line = r.readLine()) {
                out.add(line.substring(1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    private static void division(String[] f, List<Name> out) {
        String full = f[0];
        String shortForm = f.length > 1 ? f[1] : "";
        Level level = Level.valueOf(f[2].toUpperCase(java.util.Locale.ROOT));
        String label = shortForm.isEmpty() ? full : shortForm;
        Set<String> province = Set.of(f[3].substring(0, 2));
        if (!firstTagIsCommon(full)) {
            boolean commonStem = full.endsWith("区") && firstTagIsCommon(shortForm);
            Trust trust = commonStem || level == Level.TOWNSHIP && !knownPlace(full.replaceFirst(TOWNSHIP_SUFFIX, ""))
                    ? Trust.WITH_CONTEXT : Trust.ALONE;
            out.add(new Name(full, label, level, trust, province, false));
        }
        if (!shortForm.isEmpty()) {
            boolean alone = level != Level.COUNTY && knownPlace(shortForm);
            out.add(new Name(shortForm, label, level, alone ? Trust.ALONE : Trust.WITH_CONTEXT, province,
                    firstTagIsCommon(shortForm)));
        }
    }

    private static void country(String name, List<Name> out) {
        boolean common = firstTagIsCommon(name);
        boolean alone = !common && !CHINA_AND.matcher(name).matches();
        out.add(new Name(name, name, Level.COUNTRY, alone ? Trust.ALONE : Trust.WITH_CONTEXT, Set.of(), common));
    }

    /** True when HanLP knows the word and its most frequent tag is not a place. */
    private static boolean firstTagIsCommon(String word) {
        List<String> tags = HanLpAdapter.dictionaryTags(word);
        return !tags.isEmpty() && !tags.get(0).startsWith("ns");
    }

    /** True when HanLP's core dictionary knows the word first as a place. */
    private static boolean knownPlace(String word) {
        List<String> tags = HanLpAdapter.dictionaryTags(word);
        return !tags.isEmpty() && tags.get(0).startsWith("ns");
    }

    /** Of two divisions spelled alike, the one that may stand alone, else the higher level; provinces of both. */
    private static Name better(Name a, Name b) {
        Name first = a.alone() != b.alone() ? (a.alone() ? a : b) : a.level().compareTo(b.level()) <= 0 ? a : b;
        Set<String> provinces = new java.util.TreeSet<>(first.provinces());
        Name other = first == a ? b : a;
        if (other.level() == first.level()) {
            provinces.addAll(other.provinces());
        }
        return new Name(first.name(), first.label(), first.level(), first.trust(), Set.copyOf(provinces), first.common());
    }

    /**
     * The province a text is about: the one it names most often (by a province's name, or a prefecture's
     * that stands alone), at least twice, with any other named at least half as often. Counties' short
     * forms of that region may be read as places; a national text naming many provinces once has none.
     */
    public Set<String> regionOf(String text) {
        return regionOf(find(text));
    }

    /** {@link #regionOf(String)} of a text whose names ({@link #find}) are {@code hits}. */
    public Set<String> regionOf(List<Hit> hits) {
        Map<String, Integer> counts = new HashMap<>();
        for (Hit h : hits) {
            Name n = h.name();
            if (n.alone() && (n.level() == Level.PROVINCE || n.level() == Level.PREFECTURE)) {
                n.provinces().forEach(p -> counts.merge(p, 1, Integer::sum));
            }
        }
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        Set<String> out = new java.util.HashSet<>();
        counts.forEach((p, c) -> {
            if (c >= 2 && 2 * c >= max) {
                out.add(p);
            }
        });
        return out;
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (BufferedReader r = open(resource)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static BufferedReader open(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing resource /reference/" + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
