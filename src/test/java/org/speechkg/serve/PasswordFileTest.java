package org.speechkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code user:password} file format. */
class PasswordFileTest {
    @Test
    void readsUsersSkippingCommentsAndBlankLines(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("pw"), "# writers\n\nalice:secret\nbob:has:colons\n");
        PasswordFile pw = PasswordFile.read(f);
        assertThat(pw.users()).containsExactly("alice", "bob");
        assertThat(pw.toUserStore().getUserPrincipal("bob").authenticate("has:colons")).isTrue();
    }

    @Test
    void malformedLineIsNamed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("pw"), "alice:secret\njust-a-name\n");
        assertThatThrownBy(() -> PasswordFile.read(f)).isInstanceOf(ServeException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("line 2");
    }

    @Test
    void fileWithoutUsersIsRefused(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("pw"), "# nobody\n");
        assertThatThrownBy(() -> PasswordFile.read(f)).isInstanceOf(ServeException.class).hasMessageContaining("no user");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("absent");
        assertThatThrownBy(() -> PasswordFile.read(f)).isInstanceOf(ServeException.class).hasMessageContaining(f.toString());
    }
}
