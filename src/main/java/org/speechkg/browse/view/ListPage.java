package org.speechkg.browse.view;

import java.util.List;

/**
 * A paged listing of the values of one property of a resource ("see all").
 *
 * @param subject  the resource
 * @param property the property
 * @param incoming true: resources linking to the subject; false: the subject's values
 * @param items    this page; a mention comes with its sentence
 * @param total    how many in all
 * @param from     1-based position of the first item
 */
public record ListPage(Layout layout, Link subject, Link property, boolean incoming, List<Item> items, long total,
                       long from, String previous, String next) {
    /** A listed resource; {@code sentence} is null unless it is a mention. */
    public record Item(Link link, Snippet sentence, Link speech) {}
}
