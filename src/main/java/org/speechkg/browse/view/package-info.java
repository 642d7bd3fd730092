/**
 * What the page templates ({@code src/main/jte}) render: immutable records holding text and ready-made URLs only,
 * built by the page builders in {@code org.speechkg.browse}. Templates escape every value (jte, HTML content type).
 */
package org.speechkg.browse.view;
