package org.speechkg.export;

/**
 * An export that cannot be made as asked. Raised before any output is written, so a server can still
 * answer with an error status.
 */
public final class ExportException extends RuntimeException {
    /** Whose fault it is, so a server can pick the status. */
    public enum Reason { BAD_REQUEST, NOT_FOUND }

    private final Reason reason;

    private ExportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public static ExportException badRequest(String message) {
        return new ExportException(Reason.BAD_REQUEST, message, null);
    }

    public static ExportException badRequest(String message, Throwable cause) {
        return new ExportException(Reason.BAD_REQUEST, message, cause);
    }

    public static ExportException notFound(String message) {
        return new ExportException(Reason.NOT_FOUND, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
