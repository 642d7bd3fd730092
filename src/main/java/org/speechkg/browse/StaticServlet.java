package org.speechkg.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Files from the classpath: {@code /static/*} from this module's {@code static/} folder, {@code /webjars/*} from
 * {@code META-INF/resources/webjars/} (the WebJars' layout). Paths with {@code ..} or backslashes are refused.
 */
final class StaticServlet extends BrowseServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "map", "application/json", "json", "application/json", "html", "text/html; charset=utf-8");

    private final String root;

    /** Serves classpath folder {@code root} (no leading or trailing slash). */
    StaticServlet(Site site, String root) {
        super(site);
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rel = req.getPathInfo();
        if (rel == null || rel.contains("..") || rel.contains("\\") || rel.endsWith("/")) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(root + rel)) {
            if (in == null) {
                text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found");
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setStatus(200);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", root.startsWith("META-INF") ? "public, max-age=86400" : "no-cache");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
