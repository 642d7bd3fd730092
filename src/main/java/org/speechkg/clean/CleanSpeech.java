package org.speechkg.clean;

import java.util.List;
import org.speechkg.ingest.RawSpeech;

/**
 * A speech ready for extraction.
 *
 * @param raw           the speech as read
 * @param original      the source text with noise removed (paywall markers, edit-password lines, web markup,
 *                      footnote markers, page boilerplate); this is
 *                      the text provenance offsets point into and the only source text ever published
 * @param text          {@code original} with obfuscations undone; recognizers read this
 * @param offsets       normalised → original offsets
 * @param sentences     sentences of {@code text}
 * @param removedNoise  the noise fragments removed from the raw text, never published
 * @param substitutions the obfuscations undone
 */
public record CleanSpeech(RawSpeech raw, String original, String text, OffsetMap offsets,
                          List<Sentence> sentences, List<String> removedNoise, List<Substitution> substitutions) {
    public CleanSpeech {
        sentences = List.copyOf(sentences);
        removedNoise = List.copyOf(removedNoise);
        substitutions = List.copyOf(substitutions);
    }

    public String id() {
        return raw.id();
    }

    /** The original-text span of normalised span [normStart, normEnd). */
    public String originalSpan(int normStart, int normEnd) {
        return original.substring(offsets.toOriginalStart(normStart), offsets.toOriginalEnd(normEnd));
    }
}
