package org.speechkg.export;

import java.util.Objects;
import java.util.Optional;

/**
 * What to export and how. The selection is the whole dataset, or one speech's named graph
 * ({@code speechId}); optionally passed through a SPARQL CONSTRUCT query ({@code constructQuery}) that runs
 * over the union of the selected graphs.
 *
 * @param format         the output format
 * @param speechId       a speech id (as in the speech's IRI), or null for all speeches
 * @param constructQuery a SPARQL CONSTRUCT query, or null; the project prefixes ({@code skg:}, {@code skos:}, …)
 *                       are predeclared
 */
public record ExportRequest(ExportFormat format, String speechId, String constructQuery) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        speechId = blankToNull(speechId);
        constructQuery = blankToNull(constructQuery);
    }

    /** The whole dataset in {@code format}. */
    public static ExportRequest of(ExportFormat format) {
        return new ExportRequest(format, null, null);
    }

    /** This request limited to one speech's graph. */
    public ExportRequest withSpeech(String id) {
        return new ExportRequest(format, id, constructQuery);
    }

    /** This request's selection passed through a CONSTRUCT query. */
    public ExportRequest withConstruct(String query) {
        return new ExportRequest(format, speechId, query);
    }

    /** This request in another format. */
    public ExportRequest withFormat(ExportFormat f) {
        return new ExportRequest(f, speechId, constructQuery);
    }

    public Optional<String> speech() {
        return Optional.ofNullable(speechId);
    }

    public Optional<String> construct() {
        return Optional.ofNullable(constructQuery);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
