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

    /** The scores of one run. */
    record Report(Counts typed, Counts relations, Map<String, Counts> perType, List<String> noise,
                  List<String> mergedPlaceholders, List<String> details) {
        String table() {
            StringBuilder sb = new StringBuilder();
            perType.forEach((t, c) -> sb.append(String.format("  %-13s %s%n", t, c)));
            sb.append("  typed entities ").append(typed).append('\n');
            sb.append("  relations      ").append(relations).append('\n');
            sb.append("  noise literals ").append(noise.size()).append(", placeholders merged ").append(mergedPlaceholders.size()).append('\n');
            return sb.toString();
        }
    }

    private record Entity(Node node, Set<String> types, Set<String> labels) {}

    private record GoldEntity(String type, String label, Set<String> names, Set<String> types) {}

    private GoldScorer() {}

    static Report score(Path goldDir, Graph g) throws IOException {
        Map<String, Map<Node, Entity>> predicted = predicted(g);
        Counts typed = new Counts();
        Counts rel = new Counts();
        Map<String, Counts> perType = new LinkedHashMap<>();
        TYPES.forEach(t -> perType.put(t, new Counts()));
        Map<Node, Set<String>> placeholderDocs = new HashMap<>();
        List<String> details = new ArrayList<>();
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
            List<GoldEntity> gold = goldEntities(gd);
            Map<Node, Entity> pe = predicted.getOrDefault(doc, Map.of());
            Map<String, Node> link = new HashMap<>();
            List<String> missed = new ArrayList<>();
            int tp = match(gold, pe, link, missed);
            typed.tp += tp;
            typed.pred += pe.size();
            typed.gold += gold.size();
            for (String t : TYPES) {
                List<GoldEntity> gt = gold.stream().filter(e -> e.type().equals(t)).toList();
                Map<Node, Entity> pt = new LinkedHashMap<>();
                pe.forEach((n, e) -> { if (e.types().contains(t)) pt.put(n, e); });
                Counts c = perType.get(t);
                c.tp += match(gt, pt, new HashMap<>(), new ArrayList<>());
                c.pred += pt.size();
                c.gold += gt.size();
            }
            Set<List<Object>> predRel = new HashSet<>();
            for (Node s : pe.keySet()) {
                g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (RELATIONS.contains(local(t.getPredicate())) && pe.containsKey(t.getObject())) {
                        predRel.add(List.of(s, local(t.getPredicate()), t.getObject()));
                    }
                });
            }
            int rtp = 0;
            for (JsonValue r : gd.get("relations").getAsArray()) {
                JsonObject ro = r.getAsObject();
                Node s = link.get(ro.get("s").getAsString().value());
                Node o = link.get(ro.get("o").getAsString().value());
                if (s != null && o != null && predRel.contains(List.of(s, ro.get("p").getAsString().value(), o))) rtp++;
                rel.gold++;
            }
            rel.tp += rtp;
            rel.pred += predRel.size();
            for (GoldEntity e : gold) {
                if (PLACEHOLDER.matcher(e.label()).find() && link.containsKey(e.label())) {
                    placeholderDocs.computeIfAbsent(link.get(e.label()), k -> new HashSet<>()).add(doc);
                }
            }
            details.add(doc + ": tp=" + tp + " pred=" + pe.size() + " gold=" + gold.size() + " missed=" + missed);
        }
        List<String> noise = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (t.getObject().isLiteral() && NOISE.matcher(t.getObject().getLiteralLexicalForm()).find()) {
                noise.add(t.getObject().getLiteralLexicalForm());
            }
        });
        List<String> merged = placeholderDocs.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey().toString()).toList();
        return new Report(typed, rel, perType, noise, merged, details);
    }

    private static int match(List<GoldEntity> gold, Map<Node, Entity> pred, Map<String, Node> link, List<String> missed) {
        Set<Node> used = new HashSet<>();
        for (GoldEntity ge : gold) {
            Entity hit = pred.values().stream()
                    .filter(e -> !used.contains(e.node()) && e.types().stream().anyMatch(ge.types()::contains)
                            && e.labels().stream().anyMatch(ge.names()::contains))
                    .findFirst().orElse(null);
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

    /** Source file base name → the entities its speech mentions. */
    private static Map<String, Map<Node, Entity>> predicted(Graph g) {
        Map<String, Map<Node, Entity>> docs = new HashMap<>();
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
                    docs.putIfAbsent(lex.substring(lex.lastIndexOf('/') + 1), ents);
                }
            });
        });
        return docs;
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
