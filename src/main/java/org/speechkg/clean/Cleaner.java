package org.speechkg.clean;

import org.speechkg.ingest.RawSpeech;

/** Stage interface: raw speech → clean speech. */
public interface Cleaner {
    CleanSpeech clean(RawSpeech raw);
}
