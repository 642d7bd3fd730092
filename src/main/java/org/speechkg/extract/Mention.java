package org.speechkg.extract;

/**
 * One occurrence of a named thing in a speech.
 *
 * @param type          what kind of thing it is
 * @param label         canonical label: obfuscation undone, quotes and 《》 dropped, abbreviation expanded
 * @param text          the mention as it reads in the normalised text
 * @param surface       the mention as written in the original text (may still be obfuscated)
 * @param sentence      index of the sentence it occurs in
 * @param start         start offset in the normalised text
 * @param end           end offset (exclusive) in the normalised text
 * @param originalStart start offset in the original text (UTF-16 units)
 * @param originalEnd   end offset in the original text (UTF-16 units, exclusive)
 * @param recognizer    name of the rule family or resource that found it
 */
public record Mention(EntityType type, String label, String text, String surface, int sentence,
                      int start, int end, int originalStart, int originalEnd, String recognizer) {

    /** The same mention with another canonical label (used when an abbreviation is resolved). */
    public Mention withLabel(String newLabel) {
        return new Mention(type, newLabel, text, surface, sentence, start, end, originalStart, originalEnd, recognizer);
    }

    public boolean covers(Mention other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
