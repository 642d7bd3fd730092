package org.speechkg.browse.view;

/** A sentence split around a mention: the template wraps {@code mark} in {@code <mark>}. */
public record Snippet(String before, String mark, String after) {}
