package org.speechkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.clean.CleanSpeech;

/**
 * Speech metadata from the text itself: the title line, the genre its title or opening names, years and
 * dates mentioned, and the speaker's role and administrative level where stated.
 */
public final class MetadataReader {
    private static final List<String> GENRES = List.of(
            "民主生活会发言提纲", "民主生活会对照检查材料", "对照检查材料", "组织生活会发言", "交流发言", "研讨发言",
            "心得体会", "工作总结", "工作报告", "述职报告", "讲话", "党课", "发言提纲", "发言");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[2-9]\\d|20\\d\\d)年");
    private static final Pattern DATE = Pattern.compile("(?:(?<!\\d)(19[2-9]\\d|20\\d\\d)年)?(?<!\\d)(1[0-2]|[1-9])月([12]\\d|3[01]|[1-9])日");
    private static final Pattern ROLE = Pattern.compile(
            "(?:作为|身为)(?:一名)?((?:[省市县区镇乡]委)?(?:常委、)?(?:政法委|纪委|组织部|宣传部|政府|党委)?(?:副)?(?:书记|部长|主任|局长|县长|市长|区长|镇长|委员))");
    private static final Pattern LEVEL = Pattern.compile("(省|市|县|区|镇|乡|街道)(?:委|政府|党委|政法委)");

    public SpeechMetadata read(CleanSpeech speech) {
        String text = speech.text();
        String title = speech.sentences().isEmpty() ? speech.id() : speech.sentences().get(0).text();
        String head = text.substring(0, Math.min(text.length(), 400));
        Optional<String> genre = GENRES.stream().filter(title::contains).findFirst()
                .or(() -> GENRES.stream().filter(head::contains).findFirst());
        return new SpeechMetadata(title, genre, years(text), dates(text), role(text), level(head));
    }

    private static List<Integer> years(String text) {
        Set<Integer> ys = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) ys.add(Integer.parseInt(m.group(1)));
        return new ArrayList<>(ys);
    }

    private static List<String> dates(String text) {
        Set<String> ds = new LinkedHashSet<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String md = String.format("%02d-%02d", Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            ds.add(m.group(1) != null ? m.group(1) + "-" + md : "--" + md);
        }
        return new ArrayList<>(ds);
    }

    private static Optional<String> role(String text) {
        Matcher m = ROLE.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> level(String head) {
        Matcher m = LEVEL.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
