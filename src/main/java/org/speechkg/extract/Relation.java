package org.speechkg.extract;

/** Relations between entities; {@link #localName()} is the ontology property's local name. */
public enum Relation {
    issuedBy("issuedBy"),
    subOrganizationOf("subOrganizationOf"),
    implementsPolicy("implements"),
    organizedBy("organizedBy"),
    partOf("partOf");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
