package org.speechkg.browse.view;

/** A relation read from a speech, with the sentence it was read from. */
public record RelationRow(Link subject, Link predicate, Link object, String evidence) {}
