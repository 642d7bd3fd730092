package org.speechkg.extract;

import java.util.List;
import java.util.Optional;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;

/**
 * What a relation rule sees.
 *
 * @param speech     the speech
 * @param sentence   the sentence read
 * @param inSentence mentions in the sentence, by start offset
 * @param authorBody the body whose own report this is (named at the head of a work summary's title), if
 *                   any: in such a text, a verb without a subject has that body as subject
 */
public record RelationContext(CleanSpeech speech, Sentence sentence, List<Mention> inSentence,
                              Optional<Mention> authorBody) {
    public RelationMention relation(Mention s, Relation r, Mention o, String rule) {
        return new RelationMention(s, r, o, sentence.index(), rule);
    }
}
