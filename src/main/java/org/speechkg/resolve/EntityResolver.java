package org.speechkg.resolve;

import org.speechkg.extract.Extraction;

/** Stage interface: extraction → resolved speech. */
public interface EntityResolver {
    ResolvedSpeech resolve(Extraction extraction);
}
