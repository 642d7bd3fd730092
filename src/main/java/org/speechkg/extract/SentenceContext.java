package org.speechkg.extract;

import java.util.List;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * What a recognizer sees: the sentence, the speech around it, and the mentions earlier recognizers
 * already found in it. Also the one place mentions are built, so offsets are mapped the same way by all.
 */
public record SentenceContext(CleanSpeech speech, Sentence sentence, List<Mention> soFar) {

    /** A mention of normalised span [start, end) (absolute offsets). */
    public Mention mention(EntityType type, String label, int start, int end, String recognizer) {
        int os = speech.offsets().toOriginalStart(start);
        int oe = speech.offsets().toOriginalEnd(end);
        return new Mention(type, label, speech.text().substring(start, end), speech.original().substring(os, oe),
                sentence.index(), start, end, os, oe, recognizer);
    }

    /** The sentence text. */
    public String text() {
        return sentence.text();
    }

    /** Absolute offset of sentence-relative offset {@code i}. */
    public int abs(int i) {
        return sentence.start() + i;
    }

    /** True when absolute span [start, end) lies inside a mention already found. */
    public boolean insideFound(int start, int end, EntityType... types) {
        for (int i = 0, n = soFar.size(); i < n; i++) { // no stream, no list per mention: this runs per candidate
            Mention m = soFar.get(i);
            if (m.start() <= start && end <= m.end() && (types.length == 0 || isOneOf(m.type(), types))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOf(EntityType type, EntityType[] types) {
        for (EntityType t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }
}
