package org.speechkg.extract;

/** The kinds of named thing the extractor finds; names match the ontology's class local names. */
public enum EntityType {
    Organization, Document, Policy, Campaign, Event, Person, Place
}
