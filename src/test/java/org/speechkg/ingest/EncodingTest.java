package org.speechkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.Main;
import org.speechkg.store.Tdb2SpeechStore;
import org.speechkg.vocab.W3C;

/** Speeches in the encodings found in Chinese government files are read as the same text. */
class EncodingTest {
    /** A short speech: title line, then a paragraph with a document title in 《》 and full-width punctuation. */
    static final String TEXT = "在全市政法工作会议上的讲话\n"
            + "同志们：深入学习贯彻《中华人民共和国宪法》，全面推进政法工作现代化，"
            + "扎实开展主题教育，确保各项任务落到实处。2023年，全市政法系统坚持稳中求进。\n";

    final FileSpeechSource source = new FileSpeechSource();

    static Path write(Path dir, String name, byte[] bom, Charset cs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes(TEXT.getBytes(cs));
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void gb18030(@TempDir Path dir) throws IOException {
        RawSpeech raw = source.read(write(dir, "gb.txt", new byte[0], Charset.forName("GB18030")));
        assertThat(raw.text()).isEqualTo(TEXT);
        assertThat(raw.charset()).isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void utf16LittleEndianWithBom(@TempDir Path dir) throws IOException {
        RawSpeech raw = source.read(write(dir, "le.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));
        assertThat(raw.text()).isEqualTo(TEXT);
    }

    @Test
    void utf16BigEndianWithBom(@TempDir Path dir) throws IOException {
        RawSpeech raw = source.read(write(dir, "be.txt", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
        assertThat(raw.text()).isEqualTo(TEXT);
    }

    @Test
    void utf8WithBom(@TempDir Path dir) throws IOException {
        RawSpeech raw = source.read(write(dir, "bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                StandardCharsets.UTF_8));
        assertThat(raw.text()).isEqualTo(TEXT).doesNotStartWith("\uFEFF");
        assertThat(raw.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gb18030SpeechIsStoredWithItsOriginalText(@TempDir Path dir) throws IOException {
        Path file = write(dir, "gbspeech.txt", new byte[0], Charset.forName("GB18030"));
        Path storeDir = dir.resolve("store");

        assertThat(Main.run("load", file.toString(), "--store", storeDir.toString())).isZero();

        var dsg = Tdb2SpeechStore.open(storeDir).datasetGraph();
        String stored = Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, W3C.nifIsString, Node.ANY)
                .next().getObject().getLiteralLexicalForm());
        assertThat(stored).as("nif:isString (the cleaner drops trailing whitespace)").isEqualTo(TEXT.strip());
    }
}
