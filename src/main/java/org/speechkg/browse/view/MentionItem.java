package org.speechkg.browse.view;

/**
 * One occurrence of an entity: the speech, the sentence with the mention marked, and the mention's place in the
 * speech page.
 */
public record MentionItem(Link speech, Snippet sentence, String href) {}
