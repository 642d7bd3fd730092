package org.speechkg.extract;

import java.util.List;

/**
 * Finds mentions in one sentence. Recognizers run in priority order; a mention whose span crosses or
 * repeats one an earlier recognizer found is dropped (the earlier one wins), while a mention nested
 * inside another is kept: names inside names count (习近平 in 习近平新时代中国特色社会主义思想).
 */
public interface MentionRecognizer {
    /** Short name recorded in provenance. */
    String name();

    List<Mention> recognize(SentenceContext ctx);
}
