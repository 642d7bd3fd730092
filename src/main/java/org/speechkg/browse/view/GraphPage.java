package org.speechkg.browse.view;

import java.util.List;

/** The graph view around a resource: the page fetches {@code json} and draws it with Cytoscape.js. */
public record GraphPage(Layout layout, Link center, String json, List<String> scripts) {}
