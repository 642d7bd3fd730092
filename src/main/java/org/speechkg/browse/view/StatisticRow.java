package org.speechkg.browse.view;

/**
 * A statistic a speech reports.
 *
 * @param counts      what is counted
 * @param value       the number
 * @param unit        its unit
 * @param approximate "≈" when the speech gives it as approximate, else empty
 * @param surface     the text as written, linked to its place in the speech page
 * @param speech      the speech
 */
public record StatisticRow(String counts, String value, String unit, String approximate, Link surface, Link speech) {}
