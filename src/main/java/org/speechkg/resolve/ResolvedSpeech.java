package org.speechkg.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.speechkg.extract.Extraction;

/** An extraction whose mentions and relations point at entities. */
public record ResolvedSpeech(Extraction extraction, List<ResolvedMention> mentions, List<ResolvedRelation> relations) {
    public ResolvedSpeech {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    public String id() {
        return extraction.speech().id();
    }

    /** The distinct entities mentioned, in order of first mention. */
    public Set<EntityRef> entities() {
        Set<EntityRef> out = new LinkedHashSet<>();
        mentions.forEach(m -> out.add(m.entity()));
        return out;
    }
}
