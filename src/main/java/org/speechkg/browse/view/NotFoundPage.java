package org.speechkg.browse.view;

/** 404: nothing is known about {@code iri}. */
public record NotFoundPage(Layout layout, String iri, String message) {}
