package org.speechkg.browse.view;

import java.util.List;

/** One term of the ontology page, anchored by its local name. */
public record OntologyTerm(String local, String iri, String kind, String labelZh, String labelEn, String comment,
                           List<String> subClassOf, List<String> subPropertyOf, List<String> domain, List<String> range) {}
