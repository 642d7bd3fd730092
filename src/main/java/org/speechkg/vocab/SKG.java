package org.speechkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the speech-kg ontology ({@code ontology/skg.ttl}) as Jena nodes.
 *
 * <p>This is the only place the code names an ontology term; {@code TestVocabularyDeclared}
 * checks that every constant here is declared in the ontology files, so a renamed term
 * fails the build instead of silently producing undeclared RDF.
 */
public final class SKG {
    /** Namespace of the speech-kg ontology. */
    public static final String NS = "https://w3id.org/speech-kg/ns#";

    private SKG() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes
    public static final Node Speech = term("Speech");
    public static final Node Entity = term("Entity");
    public static final Node Organization = term("Organization");
    public static final Node Document = term("Document");
    public static final Node Policy = term("Policy");
    public static final Node Campaign = term("Campaign");
    public static final Node Event = term("Event");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Statistic = term("Statistic");
    public static final Node Mention = term("Mention");
    public static final Node RelationAssertion = term("RelationAssertion");
    public static final Node SurfaceForm = term("SurfaceForm");
    public static final Node OrganizationKind = term("OrganizationKind");

    // Entity relations
    public static final Node mentions = term("mentions");
    public static final Node issuedBy = term("issuedBy");
    public static final Node subOrganizationOf = term("subOrganizationOf");
    public static final Node implementsPolicy = term("implements");
    public static final Node organizedBy = term("organizedBy");
    public static final Node partOf = term("partOf");
    public static final Node cites = term("cites");

    // Speech metadata
    public static final Node sourceFile = term("sourceFile");
    public static final Node charCount = term("charCount");
    public static final Node genre = term("genre");
    public static final Node year = term("year");
    public static final Node mentionedDate = term("mentionedDate");
    public static final Node speakerRole = term("speakerRole");
    public static final Node adminLevel = term("adminLevel");
    public static final Node text = term("text");

    // Provenance of mentions and relations
    public static final Node hasMention = term("hasMention");
    public static final Node denotes = term("denotes");
    public static final Node inSpeech = term("inSpeech");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node sentenceText = term("sentenceText");
    public static final Node recognizer = term("recognizer");
    public static final Node scope = term("scope");
    public static final Node placeholder = term("placeholder");
    public static final Node evidence = term("evidence");
    public static final Node assertedSubject = term("assertedSubject");
    public static final Node assertedPredicate = term("assertedPredicate");
    public static final Node assertedObject = term("assertedObject");

    // Per-speech tallies of how entities are written
    public static final Node formOf = term("formOf");
    public static final Node writtenAs = term("writtenAs");
    public static final Node mentionCount = term("mentionCount");

    // Statistics
    public static final Node reports = term("reports");
    public static final Node value = term("value");
    public static final Node unit = term("unit");
    public static final Node counts = term("counts");
    public static final Node surfaceText = term("surfaceText");
    public static final Node breakdownOf = term("breakdownOf");
    public static final Node approximate = term("approximate");
}
