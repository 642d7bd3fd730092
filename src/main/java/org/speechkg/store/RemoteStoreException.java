package org.speechkg.store;

/** A remote store refused or failed a request; the message names the endpoint and, where it helps, the graph. */
public class RemoteStoreException extends RuntimeException {
    public RemoteStoreException(String message) {
        super(message);
    }

    public RemoteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
