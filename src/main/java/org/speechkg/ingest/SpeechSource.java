package org.speechkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Turns files into raw speeches. Implementations reject unreadable input with {@link IngestException}. */
public interface SpeechSource {
    /** Reads one file. */
    RawSpeech read(Path file);

    /** The speech files under a directory (or the file itself), in a stable order. */
    List<Path> list(Path dirOrFile) throws IOException;
}
