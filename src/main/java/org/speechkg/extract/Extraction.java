package org.speechkg.extract;

import java.util.List;
import org.speechkg.clean.CleanSpeech;

/** Everything the extractor read from one speech. */
public record Extraction(CleanSpeech speech, List<Mention> mentions, List<RelationMention> relations,
                         List<Statistic> statistics, SpeechMetadata metadata) {
    public Extraction {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        statistics = List.copyOf(statistics);
    }
}
