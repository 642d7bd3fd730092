package org.speechkg.browse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.speechkg.browse.view.QueryPage.CookbookEntry;

/**
 * The saved SPARQL queries of {@code queries/*.rq}, which the build copies into the jar as {@code cookbook/*.rq}.
 * Whatever files are there are listed, by file name; each file's leading {@code # Title: …} and
 * {@code # Question: …} comment lines name it on the query page.
 */
public final class Cookbook {
    /** Classpath folder of the queries. */
    public static final String FOLDER = "cookbook";

    private Cookbook() {}

    /** The queries found on the classpath (every classpath root holding the folder, directories and jars). */
    public static List<CookbookEntry> load() {
        return load(Cookbook.class.getClassLoader());
    }

    /** The queries {@code loader} sees; the first root wins for a file name found twice. */
    static List<CookbookEntry> load(ClassLoader loader) {
        TreeMap<String, String> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            for (URL root : Collections.list(roots)) {
                read(root, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CookbookEntry> out = new ArrayList<>();
        files.forEach((name, text) -> out.add(entry(name, text)));
        return out;
    }

    /** Parses one file's header comments. */
    static CookbookEntry entry(String fileName, String text) {
        String title = header(text, "Title").orElse(fileName.replaceFirst("\\.rq$", ""));
        String question = header(text, "Question").orElse("");
        return new CookbookEntry(fileName.replaceFirst("\\.rq$", ""), title, question, text);
    }

    private static java.util.Optional<String> header(String text, String key) {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            String body = l.substring(1).strip();
            if (body.regionMatches(true, 0, key + ":", 0, key.length() + 1)) {
                return java.util.Optional.of(body.substring(key.length() + 1).strip());
            }
        }
        return java.util.Optional.empty();
    }

    private static void read(URL root, TreeMap<String, String> files) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> {
                Path dir;
                try {
                    dir = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                        files.putIfAbsent(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
            case "jar" -> {
                JarURLConnection conn = (JarURLConnection) root.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    for (var e : Collections.list(jar.entries())) {
                        String name = e.getName();
                        if (name.startsWith(FOLDER + "/") && name.endsWith(".rq") && name.indexOf('/', FOLDER.length() + 1) < 0) {
                            try (InputStream in = jar.getInputStream(e)) {
                                files.putIfAbsent(name.substring(FOLDER.length() + 1),
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            default -> { } // other class loaders: nothing listable
        }
    }
}
