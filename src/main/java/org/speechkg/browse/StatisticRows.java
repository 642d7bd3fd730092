package org.speechkg.browse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.speechkg.browse.view.Link;
import org.speechkg.browse.view.StatisticRow;
import org.speechkg.vocab.SKG;

/** A {@code skg:Statistic} as a table row. */
final class StatisticRows {
    private StatisticRows() {}

    static StatisticRow row(Site site, Graph union, Node st, Mentions mentions) {
        String approximate = NodeLabels.literal(union, st, SKG.approximate).filter("true"::equals).map(a -> "≈").orElse("");
        Node speech = Mentions.object(union, st, SKG.inSpeech).orElse(null);
        Link surface = new Link(NodeLabels.literal(union, st, SKG.surfaceText).orElse(""), site.urls().page(st).orElse(null));
        return new StatisticRow(NodeLabels.literal(union, st, SKG.counts).orElse(""),
                NodeLabels.literal(union, st, SKG.value).orElse(""), NodeLabels.literal(union, st, SKG.unit).orElse(""),
                approximate, surface, mentions.speechLink(speech));
    }
}
