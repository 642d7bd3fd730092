package org.speechkg.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechkg.ingest.FileSpeechSource;
import org.speechkg.ingest.RawSpeech;

/**
 * A synthetic corpus of any size made from the seed speeches: each generated speech takes the title
 * lines of one seed and a run of body paragraphs drawn from all seeds, with anonymised placeholders
 * ({@code XX市}, {@code *县}, {@code 某镇} …) and numbers (years included) redrawn. Deterministic for a
 * given seed of the random generator, so two runs measure the same text.
 */
public final class CorpusGenerator {
    /** Placeholders as the seeds write them: a mask followed by an administrative unit. */
    static final Pattern PLACEHOLDER = Pattern.compile("(XX|ＸＸ|××|\\*|某)(省|市|县|区|镇|乡|村|街道)");
    static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String[] MASKS = {"XX", "XX", "*", "某", "××"};
    private static final String[] UNITS = {"市", "县", "区", "镇", "乡", "街道"};
    /** Paragraphs this short are headings; they do not start a body. */
    private static final int MIN_BODY_PARAGRAPH = 40;

    private final List<List<String>> titles = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final int meanLength;

    private CorpusGenerator(List<RawSpeech> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed speeches to generate a corpus from");
        }
        long total = 0;
        for (RawSpeech s : seeds) {
            List<String> lines = s.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            int body = 0;
            while (body < lines.size() && lines.get(body).length() < MIN_BODY_PARAGRAPH && body < 3) {
                body++;
            }
            titles.add(lines.subList(0, Math.max(1, body)));
            paragraphs.addAll(lines.subList(Math.max(1, body), lines.size()));
            total += s.text().length();
        }
        this.meanLength = (int) (total / seeds.size());
    }

    /** A generator over the {@code .txt} speeches in {@code seedDir}. */
    public static CorpusGenerator fromSeeds(Path seedDir) {
        FileSpeechSource source = new FileSpeechSource();
        try {
            List<RawSpeech> seeds = source.list(seedDir).stream().map(source::read).toList();
            return new CorpusGenerator(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seeds in " + seedDir, e);
        }
    }

    /** The text of generated speech number {@code index} for random seed {@code seed}. */
    public String speech(long seed, int index) {
        Random rnd = new Random(seed * 1_000_003L + index);
        StringBuilder sb = new StringBuilder();
        for (String line : titles.get(rnd.nextInt(titles.size()))) {
            sb.append(vary(line, rnd)).append('\n');
        }
        int target = meanLength / 2 + rnd.nextInt(meanLength + 1);
        int start = rnd.nextInt(paragraphs.size());
        for (int i = 0; sb.length() < target; i++) {
            // runs of consecutive paragraphs keep headings with their text; jump elsewhere now and then
            if (i > 0 && rnd.nextInt(4) == 0) {
                start = rnd.nextInt(paragraphs.size()) - i;
            }
            String p = paragraphs.get(Math.floorMod(start + i, paragraphs.size()));
            sb.append(vary(p, rnd)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@code count} speeches as UTF-8 files {@code bench_00000.txt …} into {@code dir}; returns
     * their paths in order. Existing files of the same name are overwritten.
     */
    public List<Path> write(Path dir, int count, long seed) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Path f = dir.resolve(String.format("bench_%05d.txt", i));
                Files.writeString(f, speech(seed, i), StandardCharsets.UTF_8);
                files.add(f);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + dir, e);
        }
    }

    static String vary(String text, Random rnd) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String unit = rnd.nextInt(3) == 0 ? UNITS[rnd.nextInt(UNITS.length)] : m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(MASKS[rnd.nextInt(MASKS.length)] + unit));
        }
        m.appendTail(sb);
        Matcher n = NUMBER.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(out, number(n.group(), rnd));
        }
        n.appendTail(out);
        return out.toString();
    }

    /** A number of the same shape: a year stays a plausible year, other numbers keep their digit count. */
    static String number(String digits, Random rnd) {
        if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return Integer.toString(2012 + rnd.nextInt(13));
        }
        if (digits.length() > 9) {
            return digits;
        }
        int lo = digits.length() == 1 ? 1 : (int) Math.pow(10, digits.length() - 1);
        int hi = (int) Math.pow(10, digits.length());
        return Integer.toString(lo + rnd.nextInt(hi - lo));
    }
}
