package org.speechkg.extract;

import java.util.List;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/** Reads relations from one sentence given the mentions found in it (and all mentions of the speech before it). */
public interface RelationRule {
    List<RelationMention> apply(CleanSpeech speech, Sentence sentence, List<Mention> inSentence, List<Mention> before);
}
