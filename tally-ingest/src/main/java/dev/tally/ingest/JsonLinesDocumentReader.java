package dev.tally.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tally.model.Article;
import dev.tally.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads JSON Lines of articles, one object per line: {@code {"name", "text", "published", "outlet", "url"}}
 * ({@code text} required; {@code name} defaults to {@code file#line}). Streamed line by line, so the file's
 * size is not limited; each article's is, by the reader's byte limit. A bad line (not UTF-8, not a JSON
 * object, no text, a date that is not one, too long) is rejected on its own, named {@code file#line}, and the
 * file goes on. Hash: the SHA-256 of the article's text. Thread-safe: nothing is shared between calls.
 */
final class JsonLinesDocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    JsonLinesDocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(InputSource source, String fileName, Consumer<Document> sink) throws IOException {
        int emitted = 0;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int number = 1; ; number++) {
                line.reset();
                long length = readLine(in, line);
                if (length < 0) break;
                if (length <= maxBytes && isBlank(line.toByteArray())) continue;
                sink.accept(document(fileName, number, line, length));
                emitted++;
            }
        }
        if (emitted == 0) {
            sink.accept(new Document.Rejected(fileName, Sha256.ofSource(source), "JSON Lines file without a line"));
        }
    }

    /**
     * Reads up to the next line break into {@code line}, keeping at most {@code maxBytes + 1} bytes of it (the
     * rest is counted and dropped); returns the line's full length, or -1 at the end of the input.
     */
    private long readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        long length = 0;
        int b = in.read();
        if (b < 0) return -1;
        while (b >= 0 && b != '\n') {
            if (length <= maxBytes) line.write(b);
            length++;
            b = in.read();
        }
        return length;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private Document document(String fileName, int number, ByteArrayOutputStream bytes, long length) {
        String where = fileName + "#" + number;
        if (length > maxBytes) {
            return new Document.Rejected(where, Sha256.of("unread:" + where),
                    "article too large: " + Reasons.bytes(length) + " bytes; limit " + Reasons.bytes(maxBytes) + " (raise with --max-bytes)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return new Document.Rejected(where, Sha256.of(bytes.toByteArray()), "not valid UTF-8 (JSON Lines are UTF-8)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new Document.Rejected(where, Sha256.of(text), "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Document.Rejected(where, Sha256.of(text), "not a JSON object");
        }
        String name = textField(node, "name").orElse(where);
        Optional<String> body = textField(node, "text");
        if (body.isEmpty() || body.get().isBlank()) {
            return new Document.Rejected(name, Sha256.of(text), "no \"text\": an article needs its text");
        }
        String sha = Sha256.of(body.get());
        Optional<LocalDate> published = Optional.empty();
        Optional<String> date = textField(node, "published");
        if (date.isPresent()) {
            try {
                published = Optional.of(LocalDate.parse(date.get().strip().substring(0, Math.min(10, date.get().strip().length()))));
            } catch (DateTimeParseException e) {
                return new Document.Rejected(name, sha, "\"published\" must be a date YYYY-MM-DD; got \"" + date.get() + "\"");
            }
        }
        Map<String, String> meta = new TreeMap<>();
        meta.put("format", Format.JSONL.code());
        textField(node, "outlet").ifPresent(o -> meta.put("outlet", o));
        textField(node, "url").flatMap(WebLink::of).ifPresent(u -> meta.put("url", u));
        return new Document.Accepted(name, sha, Format.JSONL.code(), new Article(name, body.get(), published, meta));
    }

    private static Optional<String> textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
