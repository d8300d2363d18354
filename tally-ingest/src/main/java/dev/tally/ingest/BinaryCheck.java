package dev.tally.ingest;

import java.util.Optional;

/**
 * Tells binary content from text before any decoding is tried. Text never holds NUL bytes (except UTF-16,
 * which callers recognise by its byte-order mark first) and holds few control characters: tab, line feed,
 * carriage return and form feed are text; other C0 controls above {@value #MAX_CONTROL_PERCENT}% of the bytes
 * mean an image, an archive or a document format. Stateless and thread-safe.
 */
final class BinaryCheck {
    static final int MAX_CONTROL_PERCENT = 2;

    private BinaryCheck() {
    }

    /** The reason the bytes are binary, or empty when they may be text. */
    static Optional<String> problem(byte[] bytes) {
        long controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of(Reasons.nulBytes(i));
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls * 100 > (long) bytes.length * MAX_CONTROL_PERCENT) {
            return Optional.of(Reasons.controlCharacters(controls, bytes.length));
        }
        return Optional.empty();
    }
}
