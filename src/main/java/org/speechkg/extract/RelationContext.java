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
 * @param authorBody the body whose own report this is (see {@link SpeakerBody}), if any: in such a text, a
 *                   verb without a subject, or with 我们/我省/我校 as subject, has that body as subject
 * @param institution the institution the author leads or is (南开大学 for 南开大学党委), where the text names
 *                   it: the owner of what the text calls the school's own (学校《…办法》, 学校…领导小组)
 */
public record RelationContext(CleanSpeech speech, Sentence sentence, List<Mention> inSentence,
                              Optional<Mention> authorBody, Optional<Mention> institution) {
    public RelationContext(CleanSpeech speech, Sentence sentence, List<Mention> inSentence, Optional<Mention> authorBody) {
        this(speech, sentence, inSentence, authorBody, Optional.empty());
    }

    public RelationMention relation(Mention s, Relation r, Mention o, String rule) {
        return new RelationMention(s, r, o, sentence.index(), rule);
    }
}
