package org.speechkg.browse.view;

import java.util.List;

/**
 * The home page.
 *
 * @param speeches     one page of speeches; each link's note gives years and genre
 * @param speechTotal  number of speeches
 * @param offset       index of the first speech shown
 * @param previous     the previous page of speeches, or null
 * @param next         the next page of speeches, or null
 * @param topEntities  the entities mentioned by most speeches; each note gives type and count
 * @param entityTotal  number of entities
 */
public record HomePage(Layout layout, List<Link> speeches, long speechTotal, int offset, String previous, String next,
                       List<Link> topEntities, long entityTotal) {}
