package org.speechkg.browse.view;

import java.util.List;

/** The page of any other resource (a statistic, a relation assertion, a speech text, a named graph). */
public record ResourcePage(Layout layout, String iri, String label, List<Link> types, List<PropertyGroup> outgoing,
                           List<PropertyGroup> incoming, List<Link> data, List<Link> related) {}
