package org.speechkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechkg.cli.Main;
import org.speechkg.store.SeedCorpus;
import org.speechkg.store.StoreChecks;
import org.speechkg.store.StoreChecks.Fingerprint;
import org.speechkg.store.Tdb2SpeechStore;

/** Files that are not speeches are rejected by name, and loading them leaves the store as it was. */
class RejectedFileTest {
    @TempDir
    Path dir;

    Path storeDir;
    Tdb2SpeechStore store;

    @BeforeEach
    void storeWithTheSeeds() {
        storeDir = dir.resolve("store");
        store = SeedCorpus.loadInto(Tdb2SpeechStore.open(storeDir));
    }

    /** A PNG header followed by random bytes, NULs included. */
    Path binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
        System.arraycopy(png, 0, bytes, 0, png.length);
        return Files.write(dir.resolve("scan.txt"), bytes);
    }

    Path emptyFile() throws IOException {
        return Files.write(dir.resolve("empty.txt"), new byte[0]);
    }

    @Test
    void binaryFileIsRejectedByName() throws IOException {
        Path f = binaryFile();
        assertThatThrownBy(() -> new FileSpeechSource().read(f))
                .isInstanceOf(IngestException.class).hasMessageContaining(f.toString());
    }

    @Test
    void emptyFileIsRejectedByName() throws IOException {
        Path f = emptyFile();
        assertThatThrownBy(() -> new FileSpeechSource().read(f))
                .isInstanceOf(IngestException.class).hasMessageContaining(f.toString());
    }

    @Test
    void loadingABinaryFileLeavesTheStoreUnchanged() throws IOException {
        assertLoadChangesNothing(binaryFile());
    }

    @Test
    void loadingAnEmptyFileLeavesTheStoreUnchanged() throws IOException {
        assertLoadChangesNothing(emptyFile());
    }

    void assertLoadChangesNothing(Path file) {
        Fingerprint before = StoreChecks.fingerprint(store.datasetGraph());
        int code = Main.run("load", file.toString(), "--store", storeDir.toString());
        assertThat(code).isNotZero();
        assertThat(StoreChecks.fingerprint(store.datasetGraph())).isEqualTo(before);
        assertThat(before.quads()).isPositive();
    }
}
