package org.speechkg.browse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The page templates of {@code src/main/jte}, compiled to Java classes at build time by the jte Maven plugin
 * ({@code generate} goal) and loaded here in jte's precompiled mode: no template compiler runs in the server.
 * Templates use jte's HTML content type, so every {@code ${…}} is escaped for where it stands (text, attribute).
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} (e.g. {@code entity.jte}) with its single parameter {@code page}. */
    public String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        return out.toString();
    }

    /** Renders into an HTML response with {@code status}. */
    public void write(HttpServletResponse resp, int status, String template, Object page) throws IOException {
        byte[] body = render(template, page).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
