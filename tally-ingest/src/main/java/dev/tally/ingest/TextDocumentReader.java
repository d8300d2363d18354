package dev.tally.ingest;

import dev.tally.model.Article;
import dev.tally.model.Document;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plain-text file into a document: the decoded text as it is (line breaks kept, byte-order mark
 * dropped), with the encoding it was read in. Stateless and thread-safe.
 */
final class TextDocumentReader {
    private TextDocumentReader() {
    }

    static Document read(String name, String sha256, byte[] bytes) {
        Decoding decoding = TextDecoder.decode(bytes);
        if (decoding instanceof Decoding.Undecodable undecodable) {
            return new Document.Rejected(name, sha256, undecodable.reason());
        }
        Decoding.Decoded decoded = (Decoding.Decoded) decoding;
        if (decoded.text().isBlank()) {
            return new Document.Rejected(name, sha256,
                    "no text: only white space (" + Reasons.bytes(bytes.length) + " bytes)");
        }
        Map<String, String> meta = Map.of("format", Format.TEXT.code(), "encoding", decoded.encoding());
        return new Document.Accepted(name, sha256, Format.TEXT.code(),
                new Article(name, decoded.text(), Optional.empty(), meta));
    }
}
