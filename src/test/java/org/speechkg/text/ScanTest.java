package org.speechkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scan finds exactly what {@link Matcher#find()} finds, in the same order. */
class ScanTest {
    private static final List<String> TEXTS = List.of(
            "按照市委、镇党委主题教育安排部署，XX市委政法委党支部召开专题民主生活会。",
            "Xx习近平 dangshi学习 zheng zhi ZZ站位 MG问题，本文档编辑密码：abc123 ##paidbegin##",
            "（其中物业纠纷1424起，邻里纠纷903起）为期5天的读书班", "", "a", "《》《实施办法\n》",
            "\uD842\uDFB7字与中共XX县委");

    @ParameterizedTest
    @ValueSource(strings = {"(省|市)委", "(?<=[、，])(\\p{IsHan}{2})(社区|村)", "(?i)(?<![A-Za-z])dang\\s?shi(?![A-Za-z])",
            "(?<![城都])(市|县)(委|政府)", "(?m)^\\s*第", "[。！？]+|\\n+", "x*", "(?<=\\p{IsHan})ZZ(?=\\p{IsHan})",
            "\\d+(万|亿)?(起|名)", "(中共)?((?:XX|[*])(?:县|市))?(县|市)委", "$", "\\b"})
    void findsWhatFindFinds(String regex) {
        Scan scan = Scan.compile(regex);
        for (String text : TEXTS) {
            assertThat(hits(scan, text)).as(regex + " in " + text).isEqualTo(finds(scan, text));
        }
    }

    @Test
    void startCharactersComeFromThePattern() {
        Scan scan = Scan.compile("(?<![城都超门])(省|市)委");
        assertThat(scan.mayStartWith('省')).isTrue();
        assertThat(scan.mayStartWith('市')).isTrue();
        assertThat(scan.mayStartWith('城')).isFalse();
        assertThat(scan.mayStartWith('委')).isFalse();
        assertThat(Scan.compile("(?i)dang").mayStartWith('D')).isTrue();
    }

    @Test
    void leadingLookBehindsAreDroppedOnlyForTheStartTest() {
        assertThat(Scan.withoutLeadingLookBehinds("(?i)(?<![A-Za-z])dang(?![a-z])")).isEqualTo("(?i)dang(?![a-z])");
        assertThat(Scan.withoutLeadingLookBehinds("(?<=[、，(])(?<!x)ab")).isEqualTo("ab");
        assertThat(Scan.withoutLeadingLookBehinds("a(?<=a)")).isEqualTo("a(?<=a)");
    }

    /** Every scan the project's rules use finds what find() finds over the seed speeches. */
    @Test
    void everyProjectScanAgreesWithFindOnTheSeeds() throws Exception {
        List<String> texts = new ArrayList<>(TEXTS);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        List<Scan> scans = projectScans();
        assertThat(scans).hasSizeGreaterThan(20);
        for (Scan scan : scans) {
            for (String text : texts) {
                for (String piece : text.split("(?<=[。\\n])")) {
                    assertThat(hits(scan, piece)).as(scan.pattern().pattern()).isEqualTo(finds(scan, piece));
                }
            }
        }
    }

    private static List<Scan> projectScans() throws IOException, ReflectiveOperationException {
        List<Scan> out = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("org.speechkg.clean") && !name.startsWith("org.speechkg.extract")) continue;
                for (Field field : Class.forName(name).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        collect(field.get(null), out);
                    }
                }
            }
        }
        return out;
    }

    private static void collect(Object value, List<Scan> out) throws ReflectiveOperationException {
        if (value instanceof Scan s) {
            out.add(s);
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Record r) {
                    for (var c : r.getClass().getRecordComponents()) {
                        c.getAccessor().setAccessible(true);
                        collect(c.getAccessor().invoke(r), out);
                    }
                }
            }
        }
    }

    private static List<String> hits(Scan scan, String text) {
        List<String> out = new ArrayList<>();
        Scan.Hits h = scan.in(text);
        while (h.find()) {
            out.add(h.start() + "-" + h.end() + ":" + h.group());
        }
        return out;
    }

    private static List<String> finds(Scan scan, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = scan.pattern().matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
