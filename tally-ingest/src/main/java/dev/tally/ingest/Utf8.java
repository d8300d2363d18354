package dev.tally.ingest;

/** Strict UTF-8 validation, byte by byte, so that callers can learn where a text stops being UTF-8. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The length (1 to 4) of the well-formed UTF-8 sequence starting at {@code i}, or -1 when the bytes there
     * are malformed: a stray continuation byte, a truncated sequence, an overlong form, a surrogate, or a
     * code point above U+10FFFF (the rules of RFC 3629, table 3-7 of the Unicode standard).
     */
    static int sequenceLength(byte[] bytes, int i) {
        int b0 = bytes[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            low = b0 == 0xE0 ? 0xA0 : 0x80;
            high = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            low = b0 == 0xF0 ? 0x90 : 0x80;
            high = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if (b1 < low || b1 > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
        }
        return length;
    }
}
