package org.speechkg.clean;

/**
 * One sentence of the normalised text.
 *
 * @param index position of the sentence in the speech, from 0
 * @param start offset of its first character in the normalised text
 * @param end   offset just after its last character in the normalised text
 * @param text  the sentence itself (normalised)
 */
public record Sentence(int index, int start, int end, String text) {}
