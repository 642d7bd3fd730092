package org.speechkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;

/**
 * The users allowed to write: a UTF-8 text file with one {@code user:password} per line. The password is
 * everything after the first colon; blank lines and lines starting with {@code #} are ignored. A password
 * may be given in one of Jetty's hashed forms ({@code MD5:…}, {@code CRYPT:…}) instead of plain text.
 */
public final class PasswordFile {
    private final Path file;
    private final Map<String, String> passwords;

    private PasswordFile(Path file, Map<String, String> passwords) {
        this.file = file;
        this.passwords = passwords;
    }

    /**
     * Reads {@code file}.
     *
     * @throws ServeException naming the file (and line) if it cannot be read, has a malformed line, or
     *                        names no user
     */
    public static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServeException("password file " + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw new ServeException("password file " + file + ", line " + (i + 1)
                        + ": expected user:password");
            }
            users.put(line.substring(0, colon).strip(), line.substring(colon + 1));
        }
        if (users.isEmpty()) {
            throw new ServeException("password file " + file + " names no user (expected lines user:password)");
        }
        return new PasswordFile(file, users);
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The user names, in file order. */
    public List<String> users() {
        return List.copyOf(passwords.keySet());
    }

    /** A Jetty user store holding these users (no roles: any authenticated user may write). */
    public UserStore toUserStore() {
        UserStore store = new UserStore();
        passwords.forEach((user, password) -> store.addUser(user, Credential.getCredential(password), new String[0]));
        return store;
    }
}
