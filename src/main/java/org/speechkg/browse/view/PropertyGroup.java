package org.speechkg.browse.view;

import java.util.List;

/**
 * The values of one property on a page, at most the cap of them.
 *
 * @param property labelled link to the property's definition
 * @param values   the values shown
 * @param total    how many there are in all
 * @param seeAll   the paged listing of all of them when {@code total} exceeds what is shown, else null
 */
public record PropertyGroup(Link property, List<Link> values, long total, String seeAll) {
    public PropertyGroup {
        values = List.copyOf(values);
    }

    public boolean truncated() {
        return seeAll != null;
    }
}
