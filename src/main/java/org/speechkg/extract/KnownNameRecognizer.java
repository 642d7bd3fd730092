package org.speechkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Second pass within one speech: once a name has been recognized somewhere in the speech (a quoted
 * formula, a campaign read from its head noun), its other occurrences are mentions too, even where no
 * rule fires (“四项制度” quoted once, then 四项制度 inside a document title). Built per speech from the
 * first pass's mentions; only names of three or more characters are reused, and only where no other
 * mention already covers the text (inside document titles they may nest).
 */
public final class KnownNameRecognizer implements MentionRecognizer {
    private static final int MIN_LENGTH = 3;
    private final AhoCorasickDoubleArrayTrie<Mention> names = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    public KnownNameRecognizer(Collection<Mention> firstPass) {
        TreeMap<String, Mention> byText = new TreeMap<>();
        for (Mention m : firstPass) {
            if (!m.recognizer().equals("gazetteer") && m.label().length() >= MIN_LENGTH) {
                byText.putIfAbsent(m.label(), m);
            }
        }
        empty = byText.isEmpty();
        if (!empty) {
            names.build(byText);
        }
    }

    @Override
    public String name() {
        return "known-name";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        if (empty) {
            return out;
        }
        names.parseText(ctx.text(), (b, e, known) -> {
            int start = ctx.abs(b);
            int end = ctx.abs(e);
            boolean covered = ctx.soFar().stream().anyMatch(m -> m.start() <= start && end <= m.end()
                    && (m.type() != EntityType.Document || m.label().equals(known.label())));
            if (!covered) {
                out.add(ctx.mention(known.type(), known.label(), start, end, name()));
            }
        });
        return out;
    }
}
