package org.speechkg.extract;

import org.speechkg.clean.CleanSpeech;

/** Stage interface: clean speech → extraction. Implementations are pure functions of their input. */
public interface Extractor {
    Extraction extract(CleanSpeech speech);
}
