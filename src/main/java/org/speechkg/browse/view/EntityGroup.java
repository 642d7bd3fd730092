package org.speechkg.browse.view;

import java.util.List;

/** The entities of one class a speech mentions; each link's note is its number of mentions. */
public record EntityGroup(Link type, List<Link> entities) {
    public EntityGroup {
        entities = List.copyOf(entities);
    }
}
