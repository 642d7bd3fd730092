package org.speechkg.vocab;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/** The prefixes used in every serialization and query the project writes; one map, one place. */
public final class Namespaces {
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String WD = "http://www.wikidata.org/entity/";

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("skg", SKG.NS), Map.entry("rdf", RDF), Map.entry("rdfs", RDFS),
            Map.entry("owl", OWL), Map.entry("xsd", XSD), Map.entry("skos", SKOS),
            Map.entry("dct", DCT), Map.entry("prov", PROV), Map.entry("org", ORG),
            Map.entry("schema", SCHEMA), Map.entry("nif", NIF), Map.entry("wd", WD));

    private Namespaces() {}

    /** A fresh, mutable copy of the project's prefix map. */
    public static PrefixMapping prefixMapping() {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefixes(PREFIXES);
        return pm;
    }

    /** SPARQL PREFIX declarations for every project prefix. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return sb.toString();
    }
}
