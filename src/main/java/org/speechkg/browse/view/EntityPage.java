package org.speechkg.browse.view;

import java.util.List;

/**
 * The page of an entity.
 *
 * @param label          canonical label ({@code skos:prefLabel})
 * @param type           its class
 * @param altLabels      {@code skos:altLabel}s
 * @param scope          national or speech-local
 * @param sameAs         {@code owl:sameAs} links (Wikidata)
 * @param outgoing       links from it, per property, capped
 * @param incoming       links to it, per property, capped
 * @param mentions       sentences of speeches that mention it, the mention marked, capped
 * @param mentionTotal   how many mentions there are in all
 * @param mentionsSeeAll paged listing of all mentions when more exist, else null
 * @param statistics     statistics reported in the sentences shown
 * @param graphView      the graph view around it
 * @param data           its RDF documents
 */
public record EntityPage(Layout layout, String iri, String label, Link type, List<String> altLabels, String scope,
                         List<Link> sameAs, List<PropertyGroup> outgoing, List<PropertyGroup> incoming,
                         List<MentionItem> mentions, long mentionTotal, String mentionsSeeAll,
                         List<StatisticRow> statistics, String graphView, List<Link> data) {}
