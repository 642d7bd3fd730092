package org.speechkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads speeches from plain-text files (and HTML pages, whose title and body text are read as the speech,
 * see {@link HtmlPage}). Rejects, with the file named: empty or blank files, binary files (NUL bytes or
 * control characters in the decoded text), files in no supported encoding, HTML pages without readable
 * text, and files larger than the configured limit (read is bounded, so a huge file never fills the heap).
 */
public final class FileSpeechSource implements SpeechSource {
    /** Default upper bound on a speech file: far above any real speech, low enough to protect the heap. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public FileSpeechSource() {
        this(DEFAULT_MAX_BYTES);
    }

    public FileSpeechSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public List<Path> list(Path dirOrFile) throws IOException {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        if (!Files.isDirectory(dirOrFile)) {
            throw new IngestException(dirOrFile, "no such file or directory");
        }
        try (Stream<Path> s = Files.list(dirOrFile)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> isSpeechFile(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted()
                    .toList();
        }
    }

    /** Plain texts and saved web pages; other files in a directory (README.md, images) are not speeches. */
    private static boolean isSpeechFile(String lowerCaseName) {
        return lowerCaseName.endsWith(".txt") || lowerCaseName.endsWith(".html") || lowerCaseName.endsWith(".htm");
    }

    @Override
    public RawSpeech read(Path file) {
        byte[] bytes = readBounded(file);
        if (bytes.length == 0) {
            throw new IngestException(file, "empty file, not a speech");
        }
        CharsetDetector.Decoded decoded = CharsetDetector.decode(bytes)
                .orElseThrow(() -> new IngestException(file,
                        "not text in UTF-8, UTF-16 or GB18030 (binary or unknown encoding)"));
        String text = normaliseLineBreaks(decoded.text());
        if (looksBinary(text)) {
            throw new IngestException(file, "binary content (control characters), not a speech");
        }
        if (text.isBlank()) {
            throw new IngestException(file, "only whitespace, not a speech");
        }
        if (HtmlPage.isPage(text)) {
            text = HtmlPage.text(text);
            if (text.isBlank()) {
                throw new IngestException(file, "HTML page without readable text (no title, no body text), not a speech");
            }
        }
        String name = file.getFileName().toString();
        return new RawSpeech(idOf(name), name, text, decoded.charset());
    }

    /** The speech id for a file name: the base name without extension, reduced to IRI-safe characters. */
    public static String idOf(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]*$", "");
        String id = base.replaceAll("[^A-Za-z0-9_\\-]", "_");
        return id.isEmpty() ? "speech" : id;
    }

    private byte[] readBounded(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IngestException(file, "larger than the " + maxBytes + "-byte limit for one speech");
            }
            return bytes;
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static String normaliseLineBreaks(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksBinary(String s) {
        int control = 0;
        int n = Math.min(s.length(), 65536);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') control++;
        }
        return control > Math.max(2, n / 100);
    }
}
