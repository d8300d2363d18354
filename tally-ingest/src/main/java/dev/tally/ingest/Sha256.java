package dev.tally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex SHA-256 digests, the identity of a document's bytes. Stateless and thread-safe. */
final class Sha256 {
    private Sha256() {
    }

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The digest of the text's UTF-8 bytes. */
    static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a whole file, read in blocks so that a large file never sits in memory. */
    static String ofFile(Path file) throws IOException {
        return ofSource(InputSource.of(file));
    }

    /** The digest of a whole input, read in blocks. */
    static String ofSource(InputSource source) throws IOException {
        MessageDigest digest = digest();
        byte[] block = new byte[1 << 16];
        try (InputStream in = source.open()) {
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc), so this is a broken JVM.
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
