package dev.tally.ingest;

import java.util.Objects;

/** What {@link TextDecoder} made of some bytes: text in a named encoding, or the reason it is not text. */
sealed interface Decoding permits Decoding.Decoded, Decoding.Undecodable {

    /**
     * Decoded text, any byte-order mark removed.
     *
     * @param text     the text
     * @param encoding the charset it was read in ({@code UTF-8}, {@code UTF-16LE}, {@code windows-1252})
     * @param bom      whether the bytes began with a byte-order mark
     */
    record Decoded(String text, String encoding, boolean bom) implements Decoding {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(encoding, "encoding");
        }
    }

    /** Bytes that are not text; {@code reason} says why, for a rejection. */
    record Undecodable(String reason) implements Decoding {
        public Undecodable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
