package org.speechkg.browse.view;

import java.util.List;

/**
 * The page of a speech.
 *
 * @param title      {@code dct:title}
 * @param metadata   genre, years, speaker role and level, source file …
 * @param text       the text as segments, every (outermost) mention highlighted and linked
 * @param entities   the entities mentioned, grouped by class
 * @param statistics the statistics it reports
 * @param relations  relations read from it
 * @param graphView  the graph view around it
 * @param data       its RDF documents
 * @param export     its named graph as TriG from the export endpoint
 */
public record SpeechPage(Layout layout, String iri, String title, List<PropertyGroup> metadata, List<Segment> text,
                         List<EntityGroup> entities, List<StatisticRow> statistics, List<RelationRow> relations,
                         String graphView, List<Link> data, Link export) {}
