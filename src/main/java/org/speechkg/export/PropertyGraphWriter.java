package org.speechkg.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link PropertyGraph} in one network-tool format. Does not close the stream. */
@FunctionalInterface
public interface PropertyGraphWriter {
    void write(PropertyGraph graph, OutputStream out) throws IOException;
}
