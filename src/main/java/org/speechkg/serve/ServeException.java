package org.speechkg.serve;

/** The server cannot be set up as asked (bad configuration or password file); the message says why. */
public class ServeException extends RuntimeException {
    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
