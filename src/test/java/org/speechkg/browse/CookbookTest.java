package org.speechkg.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.browse.view.QueryPage.CookbookEntry;

/** The cookbook lists whatever {@code cookbook/*.rq} the classpath holds, from directories (tests) and jars (serve). */
class CookbookTest {
    @Test
    void listsQueriesFromDirectoriesAndJars(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("classes");
        Files.createDirectories(dir.resolve("cookbook"));
        Files.writeString(dir.resolve("cookbook/b-policies.rq"),
                "# Title: 方针政策\n# Question: Which policies are named?\nSELECT * {}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cookbook/notes.txt"), "not a query");
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("cookbook/"));
            out.putNextEntry(new JarEntry("cookbook/a-top.rq"));
            out.write("# Title: Top\nSELECT ?s {}\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("cookbook/sub/ignored.rq"));
            out.write("SELECT * {}".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL(), jar.toUri().toURL()}, null)) {
            assertThat(Cookbook.load(loader)).extracting(CookbookEntry::id, CookbookEntry::title, CookbookEntry::question)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a-top", "Top", ""),
                            org.assertj.core.groups.Tuple.tuple("b-policies", "方针政策", "Which policies are named?"));
        }
    }

    @Test
    void headersAreRead() {
        CookbookEntry e = Cookbook.entry("top-entities.rq",
                "# Title: 最常提及的实体\n# Question: Which entities do most speeches mention?\nSELECT * {}\n");
        assertThat(e.id()).isEqualTo("top-entities");
        assertThat(e.title()).isEqualTo("最常提及的实体");
        assertThat(e.question()).isEqualTo("Which entities do most speeches mention?");
        assertThat(Cookbook.entry("x.rq", "SELECT * {}").title()).isEqualTo("x");
        assertThat(Cookbook.entry("y.rq", "PREFIX a: <x:>\n# Title: too late\nSELECT * {}").title()).isEqualTo("y");
    }
}
