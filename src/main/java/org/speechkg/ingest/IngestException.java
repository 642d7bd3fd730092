package org.speechkg.ingest;

import java.nio.file.Path;

/** A source file that cannot be read as a speech; the message always names the file. */
public class IngestException extends RuntimeException {
    private final transient Path source;

    public IngestException(Path source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public Path source() {
        return source;
    }
}
