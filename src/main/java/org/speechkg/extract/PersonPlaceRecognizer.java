package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons and places through HanLP's name and place recognition, outside spans earlier recognizers
 * labelled as organizations or documents. Placeholders (XX同志) and one-character names are skipped.
 */
public final class PersonPlaceRecognizer implements MentionRecognizer {
    @Override
    public String name() {
        return "hanlp";
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        for (HanLpAdapter.Token t : HanLpAdapter.segment(ctx.text())) {
            if (t.word().length() < 2 || Labels.hasPlaceholder(t.word()) || !t.word().matches("\\p{IsHan}+")) {
                continue;
            }
            int start = ctx.abs(t.offset());
            int end = start + t.word().length();
            EntityType type = t.isPerson() ? EntityType.Person : t.isPlace() ? EntityType.Place : null;
            if (type != null && !ctx.insideFound(start, end)) {
                out.add(ctx.mention(type, Labels.canonical(t.word()), start, end, name()));
            }
        }
        return out;
    }
}
