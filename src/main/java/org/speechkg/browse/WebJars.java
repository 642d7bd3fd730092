package org.speechkg.browse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The client-side libraries the pages load, from WebJars on the classpath (no CDN): files below
 * {@code META-INF/resources/webjars/NAME/VERSION/}, served at {@code /webjars/}. The version is read from the
 * WebJar's own Maven metadata, so a version bump in pom.xml needs no change here.
 */
final class WebJars {
    static final String CYTOSCAPE = path("cytoscape", "dist/cytoscape.min.js");
    static final String CODEMIRROR_JS = path("codemirror", "lib/codemirror.js");
    static final String CODEMIRROR_CSS = path("codemirror", "lib/codemirror.css");
    static final String CODEMIRROR_SPARQL = path("codemirror", "mode/sparql/sparql.js");

    private WebJars() {}

    /** {@code name/version/file} for an npm WebJar. */
    static String path(String name, String file) {
        String props = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + name + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return name + "/" + p.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
