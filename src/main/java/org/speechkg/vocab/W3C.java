package org.speechkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of reused W3C and community vocabularies (SKOS, Dublin Core, PROV-O, ORG, NIF, schema.org). */
public final class W3C {
    private W3C() {}

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node rdfType = uri(Namespaces.RDF, "type");
    public static final Node rdfsLabel = uri(Namespaces.RDFS, "label");
    public static final Node owlSameAs = uri(Namespaces.OWL, "sameAs");
    public static final Node skosPrefLabel = uri(Namespaces.SKOS, "prefLabel");
    public static final Node skosAltLabel = uri(Namespaces.SKOS, "altLabel");
    public static final Node dctTitle = uri(Namespaces.DCT, "title");
    public static final Node dctSource = uri(Namespaces.DCT, "source");
    public static final Node dctDate = uri(Namespaces.DCT, "date");
    public static final Node dctLanguage = uri(Namespaces.DCT, "language");
    public static final Node provWasDerivedFrom = uri(Namespaces.PROV, "wasDerivedFrom");
    public static final Node provWasGeneratedBy = uri(Namespaces.PROV, "wasGeneratedBy");
    public static final Node orgClassification = uri(Namespaces.ORG, "classification");
    public static final Node skosBroader = uri(Namespaces.SKOS, "broader");
    public static final Node skosBroaderTransitive = uri(Namespaces.SKOS, "broaderTransitive");
    public static final Node nifContext = uri(Namespaces.NIF, "Context");
    public static final Node nifString = uri(Namespaces.NIF, "String");
    public static final Node nifRFC5147String = uri(Namespaces.NIF, "RFC5147String");
    public static final Node nifPhrase = uri(Namespaces.NIF, "Phrase");
    public static final Node nifIsString = uri(Namespaces.NIF, "isString");
    public static final Node nifAnchorOf = uri(Namespaces.NIF, "anchorOf");
    public static final Node nifBeginIndex = uri(Namespaces.NIF, "beginIndex");
    public static final Node nifEndIndex = uri(Namespaces.NIF, "endIndex");
    public static final Node nifReferenceContext = uri(Namespaces.NIF, "referenceContext");
    public static final Node nifSentence = uri(Namespaces.NIF, "Sentence");
    public static final Node nifSentenceProp = uri(Namespaces.NIF, "sentence");
}
