package dev.tally.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * The texts of rejection reasons, kept in one place so that every format words the same problem the same
 * way. A reason never starts with the input's name: the caller prefixes it ({@code [mosul.html] empty file}).
 */
final class Reasons {
    private Reasons() {
    }

    static String empty() {
        return "empty file (0 bytes)";
    }

    static String tooLarge(long size, long limit) {
        return "file too large: " + bytes(size) + " bytes; limit " + bytes(limit) + " (raise with --max-bytes)";
    }

    /** A file within the byte limit that this JVM's heap cannot hold while it is read and extracted. */
    static String tooLargeForHeap(long size) {
        return "too large for this JVM's heap: " + bytes(size) + " bytes need about " + bytes(size * DocumentReader.HEAP_PER_BYTE)
                + " bytes of heap, and it has " + bytes(Runtime.getRuntime().maxMemory()) + " (give Java more with TALLY_JAVA_OPTS=-Xmx..., "
                + "or split the file)";
    }

    static String nulBytes(long offset) {
        return "binary content, not text (NUL bytes at offset " + offset + ")";
    }

    static String controlCharacters(long controls, long total) {
        return "binary content, not text (" + controls + " control characters in " + bytes(total) + " bytes)";
    }

    /** A person-readable account of an I/O failure: never a stack trace, and never just a bare path. */
    static String unreadable(IOException e) {
        return "unreadable: " + describe(e);
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return message(e);
    }

    /** The exception's own message, or its type when it has none (some parsers throw without one). */
    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /** A count of bytes with thousands separators, the same in every locale: {@code 20,971,520}. */
    static String bytes(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
