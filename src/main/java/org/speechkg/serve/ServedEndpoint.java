package org.speechkg.serve;

/**
 * One endpoint of the running server.
 *
 * @param url           absolute URL on localhost
 * @param operation     the Fuseki operation ({@code query}, {@code gsp-r}, {@code update}, …)
 * @param authenticated true when only authenticated users may use it
 */
public record ServedEndpoint(String url, String operation, boolean authenticated) {}
