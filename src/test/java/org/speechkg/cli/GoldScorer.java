package org.speechkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.speechkg.vocab.W3C;

/**
 * Scores a graph against gold annotations the way the project's evaluation guideline defines it,
 * reading the graph by local names only (speech typed {@code Speech}, {@code mentions}, entity classes,
 * SKOS/RDFS labels, relation predicates). Greedy one-to-one matching of gold entities to predicted
 * entities of an acceptable type sharing a normalised label.
 */
final class GoldScorer {
    static final List<String> TYPES = List.of("Organization", "Document", "Policy", "Campaign", "Event", "Person", "Place");
    static final List<String> RELATIONS = List.of("issuedBy", "subOrganizationOf", "implements", "organizedBy", "partOf");
    private static final Pattern NOISE = Pattern.compile("##paid|paidbegin|paidend|编辑密码|wsx2023");
    private static final Pattern PLACEHOLDER = Pattern.compile("XX|ＸＸ|\\*|某");
    private static final Pattern STRIP = Pattern.compile("[\\s“”\"'‘’《》〈〉<>「」『』]");

    /** tp, predicted, gold counts. */
    static final class Counts {
        int tp;
        int pred;
        int gold;

        double precision() {
            return pred == 0 ? 0 : (double) tp / pred;
        }

        double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P=%.2f R=%.2f F1=%.3f (tp=%d pred=%d gold=%d)", precision(), recall(), f1(), tp, pred, gold);
        }
    }

    /** The scores of one text. */
    record TextScore(String doc, Counts typed, Counts relations, Counts statistics, Counts subjects,
                     List<String> missed, List<String> spurious) {
        @Override
        public String toString() {
            return String.format("%-28s typed %s | relations %d/%d | statistics %d/%d (subject %d)",
                    doc, typed, relations.tp, relations.gold, statistics.tp, statistics.gold, subjects.tp);
        }
    }

    /** The scores of one run: totals, per type and per text, and the graph's hygiene. */
    record Report(Counts typed, Counts relations, Counts statistics, Counts subjects, Map<String, Counts> perType,
                  Map<String, TextScore> perText, List<String> noise, List<String> mergedPlaceholders) {
        String table() {
            StringBuilder sb = new StringBuilder();
            perText.values().forEach(t -> sb.append("  ").append(t).append('\n'));
            perType.forEach((t, c) -> sb.append(String.format("  %-13s %s%n", t, c)));
            sb.append("  typed entities ").append(typed).append('\n');
            sb.append("  relations      ").append(relations).append('\n');
            sb.append("  statistics     ").append(statistics).append('\n');
            sb.append("  with subject   ").append(subjects).append('\n');
            sb.append("  noise literals ").append(noise.size()).append(", placeholders merged ").append(mergedPlaceholders.size()).append('\n');
            return sb.toString();
        }

        /** The texts' missed and spurious entities, one line each. */
        List<String> details() {
            return perText.values().stream()
                    .map(t -> t.doc() + "\n    missed: " + t.missed() + "\n    spurious: " + t.spurious()).toList();
        }
    }

    private record Entity(Node node, Set<String> types, Set<String> labels) {}

    private record GoldEntity(String type, String label, Set<String> names, Set<String> types) {}

    private record Stat(double value, String unit, String counts) {}

    private GoldScorer() {}

    static Report score(Path goldDir, Graph g) throws IOException {
        return score(goldDir, g, doc -> true);
    }

    /** Scores only the gold files whose text name {@code docs} accepts. */
    static Report score(Path goldDir, Graph g, java.util.function.Predicate<String> docs) throws IOException {
        Map<String, Map<Node, Entity>> predicted = new HashMap<>();
        Map<String, List<Stat>> stats = new HashMap<>();
        read(g, predicted, stats);
        Counts typed = new Counts();
        Counts rel = new Counts();
        Counts stat = new Counts();
        Counts subj = new Counts();
        Map<String, Counts> perType = new LinkedHashMap<>();
        TYPES.forEach(t -> perType.put(t, new Counts()));
        Map<String, TextScore> perText = new LinkedHashMap<>();
        Map<Node, Set<String>> placeholderDocs = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonObject gd;
            try (InputStream in = Files.newInputStream(f)) {
                gd = JSON.parse(in);
            }
            String doc = gd.get("doc").getAsString().value();
            if (!docs.test(doc)) {
                continue;
            }
            List<GoldEntity> gold = goldEntities(gd);
            Map<Node, Entity> pe = predicted.getOrDefault(doc, Map.of());
            Map<String, Node> link = new HashMap<>();
            List<String> missed = new ArrayList<>();
            Counts t = counts(match(gold, pe, link, missed), pe.size(), gold.size());
            List<String> spurious = pe.values().stream().filter(e -> !link.containsValue(e.node()))
                    .map(e -> String.join("/", new java.util.TreeSet<>(e.types())) + ":" + String.join("|", new java.util.TreeSet<>(e.labels())))
                    .toList();
            for (String type : TYPES) {
                List<GoldEntity> gt = gold.stream().filter(e -> e.type().equals(type)).toList();
                Map<Node, Entity> pt = new LinkedHashMap<>();
                pe.forEach((n, e) -> { if (e.types().contains(type)) pt.put(n, e); });
                add(perType.get(type), counts(match(gt, pt, new HashMap<>(), new ArrayList<>()), pt.size(), gt.size()));
            }
            Counts r = relations(g, gd, pe, link);
            List<Stat> ps = stats.getOrDefault(doc, List.of());
            JsonArray gs = gd.hasKey("statistics") ? gd.get("statistics").getAsArray() : new JsonArray();
            int[] st = matchStatistics(gs, ps);
            Counts sc = counts(st[0], ps.size(), gs.size());
            Counts sj = counts(st[1], ps.size(), gs.size());
            add(typed, t);
            add(rel, r);
            add(stat, sc);
            add(subj, sj);
            for (GoldEntity e : gold) {
                if (PLACEHOLDER.matcher(e.label()).find() && link.containsKey(e.label())) {
                    placeholderDocs.computeIfAbsent(link.get(e.label()), k -> new HashSet<>()).add(doc);
                }
            }
            perText.put(doc, new TextScore(doc, t, r, sc, sj, missed, spurious));
        }
        List<String> noise = new ArrayList<>();
        g.find().forEachRemaining(tr -> {
            if (tr.getObject().isLiteral() && NOISE.matcher(tr.getObject().getLiteralLexicalForm()).find()) {
                noise.add(tr.getObject().getLiteralLexicalForm());
            }
        });
        List<String> merged = placeholderDocs.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey().toString()).toList();
        return new Report(typed, rel, stat, subj, perType, perText, noise, merged);
    }

    private static Counts counts(int tp, int pred, int gold) {
        Counts c = new Counts();
        c.tp = tp;
        c.pred = pred;
        c.gold = gold;
        return c;
    }

    private static void add(Counts total, Counts c) {
        total.tp += c.tp;
        total.pred += c.pred;
        total.gold += c.gold;
    }

    /** Relations among the speech's own entities against the gold ones, ends linked by the typed match. */
    private static Counts relations(Graph g, JsonObject gd, Map<Node, Entity> pe, Map<String, Node> link) {
        Set<List<Object>> predRel = new HashSet<>();
        for (Node s : pe.keySet()) {
            g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (RELATIONS.contains(local(t.getPredicate())) && pe.containsKey(t.getObject())) {
                    predRel.add(List.of(s, local(t.getPredicate()), t.getObject()));
                }
            });
        }
        int tp = 0;
        JsonArray gold = gd.get("relations").getAsArray();
        for (JsonValue r : gold) {
            JsonObject ro = r.getAsObject();
            Node s = link.get(ro.get("s").getAsString().value());
            Node o = link.get(ro.get("o").getAsString().value());
            if (s != null && o != null && predRel.contains(List.of(s, ro.get("p").getAsString().value(), o))) {
                tp++;
            }
        }
        return counts(tp, predRel.size(), gold.size());
    }

    /** Greedy one-to-one on value and unit, preferring a statistic with the right subject: {tp, tp with subject}. */
    private static int[] matchStatistics(JsonArray gold, List<Stat> pred) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int subject = 0;
        for (JsonValue v : gold) {
            JsonObject go = v.getAsObject();
            double gv = go.get("value").getAsNumber().value().doubleValue();
            String gu = go.hasKey("unit") ? norm(go.get("unit").getAsString().value()) : "";
            String gsub = go.hasKey("subject") ? norm(go.get("subject").getAsString().value()) : "";
            List<Integer> fits = new ArrayList<>();
            for (int i = 0; i < pred.size(); i++) {
                Stat p = pred.get(i);
                if (!used.contains(i) && Math.abs(p.value() - gv) <= 1e-6 * Math.max(1.0, Math.abs(gv)) && p.unit().equals(gu)) {
                    fits.add(i);
                }
            }
            Integer hit = fits.stream().filter(i -> sameSubject(pred.get(i).counts(), gsub)).findFirst()
                    .orElse(fits.isEmpty() ? null : fits.get(0));
            if (hit != null) {
                used.add(hit);
                tp++;
                if (sameSubject(pred.get(hit).counts(), gsub)) {
                    subject++;
                }
            }
        }
        return new int[] {tp, subject};
    }

    /** Whether two counted things share most of their characters (containment, or bigram Dice >= 0.5). */
    static boolean sameSubject(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> ga = bigrams(a);
        Set<String> gb = bigrams(b);
        Set<String> both = new HashSet<>(ga);
        both.retainAll(gb);
        return 2.0 * both.size() / (ga.size() + gb.size()) >= 0.5;
    }

    private static Set<String> bigrams(String x) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= x.length(); i++) {
            out.add(x.substring(i, i + 2));
        }
        return out.isEmpty() ? Set.of(x) : out;
    }

    /** Greedy one-to-one: each gold entity takes an unused entity of an acceptable type, its own label first. */
    private static int match(List<GoldEntity> gold, Map<Node, Entity> pred, Map<String, Node> link, List<String> missed) {
        Set<Node> used = new HashSet<>();
        List<Entity> order = pred.values().stream().sorted(java.util.Comparator.comparing(e -> e.node().toString())).toList();
        for (GoldEntity ge : gold) {
            List<Entity> fits = order.stream()
                    .filter(e -> !used.contains(e.node()) && e.types().stream().anyMatch(ge.types()::contains)
                            && e.labels().stream().anyMatch(ge.names()::contains))
                    .toList();
            Entity hit = fits.stream().filter(e -> e.labels().contains(norm(ge.label()))).findFirst()
                    .orElse(fits.isEmpty() ? null : fits.get(0));
            if (hit == null) {
                missed.add(ge.type() + ":" + ge.label());
            } else {
                used.add(hit.node());
                link.put(ge.label(), hit.node());
            }
        }
        return used.size();
    }

    private static List<GoldEntity> goldEntities(JsonObject gd) {
        List<GoldEntity> out = new ArrayList<>();
        for (JsonValue v : gd.get("entities").getAsArray()) {
            JsonObject e = v.getAsObject();
            String label = e.get("label").getAsString().value();
            Set<String> names = new HashSet<>(Set.of(norm(label)));
            e.get("aliases").getAsArray().forEach(a -> names.add(norm(a.getAsString().value())));
            Set<String> types = new HashSet<>(Set.of(e.get("type").getAsString().value()));
            if (e.hasKey("alt_types")) e.get("alt_types").getAsArray().forEach(a -> types.add(a.getAsString().value()));
            out.add(new GoldEntity(e.get("type").getAsString().value(), label, names, types));
        }
        return out;
    }

    /** Source file base name → the entities its speech mentions, and the statistics linked to it. */
    private static void read(Graph g, Map<String, Map<Node, Entity>> docs, Map<String, List<Stat>> stats) {
        Map<Node, List<Stat>> statsOf = new HashMap<>();
        g.find(Node.ANY, W3C.rdfType, Node.ANY).forEachRemaining(t -> {
            if (local(t.getObject()).equals("Statistic")) {
                Stat st = statistic(g, t.getSubject());
                if (st != null) {
                    linked(g, t.getSubject()).forEach(sp -> statsOf.computeIfAbsent(sp, k -> new ArrayList<>()).add(st));
                }
            }
        });
        g.find(Node.ANY, W3C.rdfType, Node.ANY).forEachRemaining(t -> {
            if (!local(t.getObject()).equals("Speech")) return;
            Node speech = t.getSubject();
            Map<Node, Entity> ents = new LinkedHashMap<>();
            g.find(speech, Node.ANY, Node.ANY).forEachRemaining(st -> {
                if (local(st.getPredicate()).equals("mentions")) ents.put(st.getObject(), entity(g, st.getObject()));
            });
            g.find(speech, Node.ANY, Node.ANY).forEachRemaining(st -> {
                if (st.getObject().isLiteral()) {
                    String lex = st.getObject().getLiteralLexicalForm();
                    String doc = lex.substring(lex.lastIndexOf('/') + 1);
                    docs.putIfAbsent(doc, ents);
                    stats.putIfAbsent(doc, statsOf.getOrDefault(speech, List.of()));
                }
            });
        });
    }

    /** The speeches a statistic is linked to, in either direction. */
    private static Set<Node> linked(Graph g, Node stat) {
        Set<Node> out = new HashSet<>();
        g.find(stat, Node.ANY, Node.ANY).forEachRemaining(t -> { if (isSpeech(g, t.getObject())) out.add(t.getObject()); });
        g.find(Node.ANY, Node.ANY, stat).forEachRemaining(t -> { if (isSpeech(g, t.getSubject())) out.add(t.getSubject()); });
        return out;
    }

    private static boolean isSpeech(Graph g, Node n) {
        return !n.isLiteral() && g.find(n, W3C.rdfType, Node.ANY).toList().stream().anyMatch(t -> local(t.getObject()).equals("Speech"));
    }

    private static Stat statistic(Graph g, Node s) {
        Map<String, String> vals = new HashMap<>();
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                vals.merge(local(t.getPredicate()), t.getObject().getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        try {
            return new Stat(Double.parseDouble(vals.getOrDefault("value", "")), norm(vals.getOrDefault("unit", "")),
                    norm(vals.getOrDefault("counts", "")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Entity entity(Graph g, Node e) {
        Set<String> types = new HashSet<>();
        g.find(e, W3C.rdfType, Node.ANY).forEachRemaining(t -> types.add(local(t.getObject())));
        types.retainAll(TYPES);
        Set<String> labels = new HashSet<>();
        for (Node p : List.of(W3C.rdfsLabel, W3C.skosPrefLabel, W3C.skosAltLabel)) {
            g.find(e, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(o -> labels.add(norm(o.getLiteralLexicalForm())));
        }
        return new Entity(e, types, labels);
    }

    private static String local(Node n) {
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }

    static String norm(String s) {
        return STRIP.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }
}
