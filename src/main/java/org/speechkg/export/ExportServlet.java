package org.speechkg.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code GET /export?format=F[&speech=ID][&query=CONSTRUCT…]}: the dataset, one speech's graph or a
 * CONSTRUCT result, in any {@link ExportFormat} (default {@code nquads}). {@code POST} with the same
 * parameters form-encoded does the same, for queries too long for a URL.
 *
 * <p>Answers 400 for an unknown format, a query that does not parse or is not a CONSTRUCT; 404 for an
 * unknown speech. The export runs in a read transaction on the dataset (see {@link GraphExporter#write}),
 * so it sees one consistent state while loads go on. Mount it with e.g.
 * {@code FusekiServer.create().addServlet("/export", new ExportServlet(dsg))}.
 */
public final class ExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The format when the request names none: lossless, and streams. */
    public static final ExportFormat DEFAULT_FORMAT = ExportFormat.NQUADS;

    private final transient DatasetGraph dsg;
    private final transient GraphExporter exporter;

    public ExportServlet(DatasetGraph dsg, GraphExporter exporter) {
        this.dsg = dsg;
        this.exporter = exporter;
    }

    /** An endpoint for data minted under the default base IRI. */
    public ExportServlet(DatasetGraph dsg) {
        this(dsg, new GraphExporter());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String f = req.getParameter("format");
            ExportFormat format = f == null || f.isBlank() ? DEFAULT_FORMAT : ExportFormat.parse(f);
            ExportRequest export = new ExportRequest(format, req.getParameter("speech"), req.getParameter("query"));
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(format.contentType());
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + GraphExporter.fileName(export) + "\"");
            exporter.write(dsg, export, resp.getOutputStream());
        } catch (ExportException e) {
            if (resp.isCommitted()) {
                throw e;
            }
            int status = e.reason() == ExportException.Reason.NOT_FOUND
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
            resp.reset();
            resp.setStatus(status);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
