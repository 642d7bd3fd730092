package org.speechkg.clean;

/**
 * One obfuscation undone: {@code original} (as written, at original offsets [start, end)) was read as
 * {@code replacement}.
 */
public record Substitution(int start, int end, String original, String replacement) {}
