package org.speechkg.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.speechkg.clean.CleanSpeech;
import org.speechkg.clean.Sentence;
import org.speechkg.clean.SpeechCleaner;
import org.speechkg.ingest.RawSpeech;

/** Builds small speeches from text written for a test and runs one recognizer over them. */
final class Fixtures {
    private Fixtures() {}

    static CleanSpeech speech(String text) {
        return new SpeechCleaner().clean(new RawSpeech("fixture", "fixture.txt", text, StandardCharsets.UTF_8));
    }

    static List<Mention> run(MentionRecognizer r, String text) {
        CleanSpeech s = speech(text);
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : s.sentences()) {
            out.addAll(r.recognize(new SentenceContext(s, sentence, List.of())));
        }
        return out;
    }

    static List<String> labels(List<Mention> ms, EntityType type) {
        return ms.stream().filter(m -> m.type() == type).map(Mention::label).distinct().toList();
    }

    static Extraction extract(String text) {
        return RuleBasedExtractor.standard().extract(speech(text));
    }
}
