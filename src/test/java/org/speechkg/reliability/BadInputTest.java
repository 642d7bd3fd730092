package org.speechkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.SpeechLoader;
import org.speechkg.ingest.FileSpeechSource;
import org.speechkg.serve.KgServer;
import org.speechkg.serve.ServeOptions;
import org.speechkg.serve.StoreStats;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.StoreChecks.Fingerprint;
import org.speechkg.store.Tdb2SpeechStore;

/**
 * Input that is not a speech, or not valid RDF, or names no speech, is refused with an error naming it,
 * and the store keeps every speech it had: same number of speeches, same checksum of its quads.
 */
class BadInputTest {
    @TempDir
    Path dir;

    Path storeDir;
    Tdb2SpeechStore store;
    long speechesBefore;
    Fingerprint before;

    @BeforeEach
    void storeWithTheSeeds() {
        storeDir = dir.resolve("store");
        store = SeedCorpus.loadInto(Tdb2SpeechStore.open(storeDir));
        speechesBefore = StoreStats.of(store.datasetGraph()).speeches();
        before = StoreChecks.fingerprint(store.datasetGraph());
        assertThat(speechesBefore).isEqualTo(SeedCorpus.speeches().size());
    }

    @AfterEach
    void storeKeptEverySpeech() {
        assertThat(StoreStats.of(store.datasetGraph()).speeches()).isEqualTo(speechesBefore);
        assertThat(StoreChecks.fingerprint(store.datasetGraph())).isEqualTo(before);
    }

    /** Loads {@code file} with the CLI; it must fail and name the file on standard error. */
    CliRun loadIsRefused(Path file) {
        CliRun run = CliRun.of("load", file.toString(), "--store", storeDir.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains(file.toString());
        assertThat(run.out()).doesNotContain("loaded");
        return run;
    }

    @Test
    void wrongEncoding() throws IOException {
        // Shift_JIS Japanese with stray bytes: neither UTF-8, UTF-16 nor GB18030 reads it cleanly
        byte[] sjis = "政法工作会議での講話。".getBytes("Shift_JIS");
        byte[] bytes = new byte[sjis.length + 2];
        System.arraycopy(sjis, 0, bytes, 0, sjis.length);
        bytes[sjis.length] = (byte) 0x80;
        bytes[sjis.length + 1] = (byte) 0xFF;
        Path f = Files.write(dir.resolve("shift-jis.txt"), bytes);

        assertThat(loadIsRefused(f).err()).contains("encoding");
    }

    @Test
    void binary() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(1).nextBytes(bytes);
        Path f = Files.write(dir.resolve("archive.txt"), bytes);

        loadIsRefused(f);
    }

    @Test
    void empty() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);

        assertThat(loadIsRefused(f).err()).contains("empty");
    }

    @Test
    void fiftyMegabyteSpeech() throws IOException {
        Path f = dir.resolve("huge.txt");
        byte[] paragraph = (SeedCorpus.speeches().get(0).extraction().speech().raw().text() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
                out.write(paragraph);
            }
        }

        assertThat(loadIsRefused(f).err()).contains("limit");
    }

    @Test
    void oneEndlessLineWithoutPunctuation() throws IOException {
        // 3 MB of speech text with every line break and punctuation mark taken out: one "sentence"
        String flat = SeedCorpus.speeches().stream().map(rs -> rs.extraction().speech().text())
                .reduce("", String::concat).replaceAll("[\\s\\p{P}]", "");
        StringBuilder line = new StringBuilder();
        while (line.length() < 1_000_000) {
            line.append(flat);
        }
        Path f = Files.writeString(dir.resolve("endless.txt"), line, StandardCharsets.UTF_8);
        assertThat(Files.size(f)).isGreaterThan(FileSpeechSource.DEFAULT_MAX_BYTES / 3)
                .isLessThan(FileSpeechSource.DEFAULT_MAX_BYTES);

        assertThat(loadIsRefused(f).err()).contains("a sentence of").contains(String.valueOf(SpeechLoader.MAX_SENTENCE_CHARS));
    }

    @Test
    void badFilesAmongGoodOnesAreSkippedAndTheRestLoaded() throws IOException {
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Files.write(in.resolve("a-empty.txt"), new byte[0]);
        Files.copy(SeedCorpus.DIR.resolve(SeedCorpus.speeches().get(1).extraction().speech().raw().fileName()),
                in.resolve("b-good.txt"));

        CliRun run = CliRun.of("load", in.toString(), "--store", storeDir.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("a-empty.txt");
        assertThat(run.out()).contains("loaded b-good");
        Node g = SeedCorpus.pipeline().graphOf("b-good");
        assertThat(StoreChecks.count(store.datasetGraph(), g)).isPositive();
        assertThat(store.remove(g)).isTrue(); // back to the seeds, for the after-check
    }

    @Test
    void unknownSpeechIdToRemove() {
        CliRun run = CliRun.of("remove", "no-such-speech", "--store", storeDir.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("no-such-speech");
    }

    @Test
    void malformedTurtleSentToTheGraphStore() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "editor:secret\n");
        KgServer server = KgServer.start(store, ServeOptions.defaults().withPort(0).withLocalhostOnly(true)
                .withPasswordFile(passwords));
        try {
            String existing = SeedCorpus.pipeline().graphOf(SeedCorpus.speeches().get(0).id()).getURI();
            for (String graph : new String[] {existing, "http://localhost:3030/graph/new-speech"}) {
                // valid triples first, so a non-atomic PUT would leave them behind
                HttpResponse<String> r = put(server, graph, "<urn:test:s> <urn:test:p> \"kept?\" .\n"
                        + "<urn:test:s> <urn:test:p> \"second\" .\n<urn:test:s> <urn:test:p> \"unterminated ;\n");
                assertThat(r.statusCode()).as("PUT of broken Turtle to %s: %s", graph, r.body()).isEqualTo(400);
                assertThat(r.body()).containsIgnoringCase("line");
            }
        } finally {
            server.stop();
        }
    }

    static HttpResponse<String> put(KgServer server, String graph, String turtle) throws Exception {
        URI uri = URI.create("http://localhost:" + server.port() + "/kg/data?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(uri)
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "editor:secret".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(turtle))
                .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }
}
