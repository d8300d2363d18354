package dev.tally.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text. In order: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); bytes
 * that look binary are refused; valid UTF-8 is UTF-8; anything else is read as windows-1252 only when it
 * looks like single-byte Western text, and refused otherwise. Decoding is strict: a malformed sequence is
 * never silently replaced, because a replaced byte could be a digit of a figure. Stateless and thread-safe.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoder() {
    }

    static Decoding decode(byte[] bytes) {
        Optional<Decoding> byMark = decodeByMark(bytes);
        if (byMark.isPresent()) {
            return byMark.get();
        }
        Optional<String> binary = BinaryCheck.problem(bytes);
        if (binary.isPresent()) {
            return new Decoding.Undecodable(binary.get());
        }
        int invalidAt = firstInvalidUtf8(bytes);
        if (invalidAt < 0) {
            return new Decoding.Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", false);
        }
        return decodeWestern(bytes, invalidAt);
    }

    /** The charset a byte-order mark names, if the bytes start with one. */
    static Optional<Charset> charsetOfMark(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Decoding> decodeByMark(byte[] bytes) {
        return charsetOfMark(bytes).map(charset -> {
            int skip = charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM.length : UTF16LE_BOM.length;
            try {
                String text = strict(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
                return new Decoding.Decoded(text, charset.name(), true);
            } catch (CharacterCodingException e) {
                return new Decoding.Undecodable("not valid " + charset.name() + " despite its byte-order mark");
            }
        });
    }

    private static Decoding decodeWestern(byte[] bytes, int invalidAt) {
        String invalid = String.format("byte 0x%02X at offset %d", bytes[invalidAt] & 0xFF, invalidAt);
        if (!WesternText.looksWestern(bytes)) {
            return new Decoding.Undecodable("not valid UTF-8 (" + invalid
                    + ") and not single-byte Western (windows-1252) text either");
        }
        try {
            CharBuffer text = strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes));
            return new Decoding.Decoded(text.toString(), WINDOWS_1252.name(), false);
        } catch (CharacterCodingException e) {
            return new Decoding.Undecodable("not valid UTF-8 (" + invalid
                    + ") and holds bytes that windows-1252 leaves undefined");
        }
    }

    /** The offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int length = Utf8.sequenceLength(bytes, i);
            if (length < 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
