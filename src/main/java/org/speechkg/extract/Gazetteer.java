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
import java.util.TreeMap;

/**
 * Curated gazetteers of national-level entities, read from {@code gazetteer/*.tsv} on the classpath
 * (columns: type, canonical label, aliases separated by {@code |}, Wikidata ID; {@code #} starts a
 * comment) and matched with HanLP's Aho–Corasick double-array trie in one pass over a text.
 */
public final class Gazetteer {
    /** The resource files loaded by {@link #standard()}. */
    public static final List<String> RESOURCES = List.of(
            "organizations", "policies", "campaigns", "events", "persons", "places", "documents");

    /** One match of a name in a text. */
    public record Hit(int start, int end, String name, GazetteerEntry entry) {}

    private final AhoCorasickDoubleArrayTrie<GazetteerEntry> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, GazetteerEntry> byLabel = new HashMap<>();

    private static volatile Gazetteer standard;

    public Gazetteer(List<GazetteerEntry> entries) {
        TreeMap<String, GazetteerEntry> names = new TreeMap<>();
        for (GazetteerEntry e : entries) {
            byLabel.putIfAbsent(key(e.type(), e.label()), e);
            names.putIfAbsent(e.label(), e);
            e.aliases().forEach(a -> names.putIfAbsent(a, e));
        }
        trie.build(names);
    }

    /** The gazetteer built from the bundled resources (loaded once, immutable, shared). */
    public static Gazetteer standard() {
        if (standard == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    List<GazetteerEntry> all = new ArrayList<>();
                    RESOURCES.forEach(r -> all.addAll(load("/gazetteer/" + r + ".tsv")));
                    standard = new Gazetteer(all);
                }
            }
        }
        return standard;
    }

    /** Every occurrence of every name in {@code text}, nested and overlapping ones included. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, entry) -> hits.add(new Hit(begin, end, text.substring(begin, end), entry)));
        return hits;
    }

    /** The entry with this canonical label and type, if curated. */
    public Optional<GazetteerEntry> lookup(EntityType type, String label) {
        return Optional.ofNullable(byLabel.get(key(type, label)));
    }

    /** The entry any of whose names is exactly {@code name}. */
    public Optional<GazetteerEntry> byName(String name) {
        return Optional.ofNullable(trie.get(name));
    }

    public int size() {
        return byLabel.size();
    }

    private static String key(EntityType t, String label) {
        return t.name() + "\u0000" + label;
    }

    static List<GazetteerEntry> load(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<GazetteerEntry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(parse(line, resource, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    private static GazetteerEntry parse(String line, String resource, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < 2) {
            throw new IllegalStateException(resource + ":" + lineNo + ": expected type<TAB>label[<TAB>aliases<TAB>wikidata]");
        }
        EntityType type = EntityType.valueOf(f[0].strip());
        List<String> aliases = f.length > 2 && !f[2].isBlank()
                ? List.of(f[2].strip().split("\\|")) : List.of();
        Optional<String> qid = f.length > 3 && f[3].strip().matches("Q\\d+") ? Optional.of(f[3].strip()) : Optional.empty();
        return new GazetteerEntry(type, f[1].strip(), aliases, qid);
    }
}
