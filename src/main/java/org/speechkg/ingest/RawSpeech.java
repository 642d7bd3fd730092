package org.speechkg.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A speech as read from its source: decoded text and where it came from.
 *
 * @param id       stable identifier derived from the file name (letters, digits, {@code _}, {@code -})
 * @param fileName the source file's base name, kept so the graph can say which file a fact came from
 * @param text     the decoded text, byte-order mark removed, line breaks normalised to {@code \n}
 * @param charset  the encoding the bytes were decoded with
 */
public record RawSpeech(String id, String fileName, String text, Charset charset) {
    public RawSpeech {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
