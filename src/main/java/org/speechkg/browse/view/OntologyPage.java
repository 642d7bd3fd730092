package org.speechkg.browse.view;

import java.util.List;

/** The ontology rendered as HTML, one anchor per term. */
public record OntologyPage(Layout layout, String title, String iri, List<OntologyTerm> terms, List<Link> data) {}
