package dev.tally.ingest;

import dev.tally.model.Article;
import dev.tally.model.Document;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC archive, plain or gzip-compressed, record by record: each {@code response} record with HTTP
 * status 200 and an HTML or plain-text payload becomes a document named by its target URI, with the capture
 * time in the meta as {@code fetched}; other records are skipped. A damaged or truncated archive keeps the
 * documents read before the damage and adds one rejection that says after how many records it broke. The
 * archive is streamed, so its size is not limited; each payload is, by the reader's byte limit.
 * Thread-safe: nothing is shared between calls.
 */
final class WarcDocumentReader {
    private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final long maxBytes;

    WarcDocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    List<Document> read(InputSource source, String fileName) {
        List<Document> documents = new ArrayList<>();
        read(source, fileName, documents::add);
        return documents;
    }

    /** Hands on each document as its record is read, so an archive of any size is never held whole. */
    void read(InputSource source, String fileName, Consumer<Document> sink) {
        int records = 0;
        int emitted = 0;
        try (WarcReader reader = new WarcReader(source.open())) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                if (next.get() instanceof WarcResponse response) {
                    Optional<Document> document = readResponse(response);
                    if (document.isPresent()) {
                        sink.accept(document.get());
                        emitted++;
                    }
                }
                records++;
            }
        } catch (IOException | RuntimeException e) {
            // jwarc reports damage as ParsingException, EOFException or, inside a gzip member, ZipException;
            // some of its parser errors are unchecked. Either way the archive ends here for us.
            String reason = records == 0
                    ? "not a readable WARC archive: " + damage(e)
                    : "truncated WARC after " + records + " records: " + damage(e);
            sink.accept(new Document.Rejected(fileName, fileSha(source), reason));
            return;
        }
        if (emitted == 0) {
            // nothing to read is said, never passed over in silence
            sink.accept(new Document.Rejected(fileName, fileSha(source),
                    "WARC archive without a readable HTML or text response (" + records + " records)"));
        }
    }

    /**
     * One response as a document. A record whose HTTP message is malformed is rejected on its own and the
     * archive goes on; the end of the data inside a record is damage to the archive and ends it.
     */
    private Optional<Document> readResponse(WarcResponse response) throws IOException {
        try {
            return response(response);
        } catch (EOFException | ZipException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Document.Rejected(response.target(), Sha256.of("unread:" + response.id()),
                    "unreadable WARC response record: " + Reasons.message(e)));
        }
    }

    private Optional<Document> response(WarcResponse response) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        String type = http.contentType().base().toString();
        if (http.status() != 200 || !TEXT_TYPES.contains(type)) {
            return Optional.empty();
        }
        String name = response.target();
        byte[] payload;
        try (InputStream body = http.bodyDecoded().stream()) {
            payload = body.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
        }
        String sha = Sha256.of(payload);
        if (payload.length > maxBytes) {
            return Optional.of(new Document.Rejected(name, sha, "record payload too large: more than "
                    + Reasons.bytes(maxBytes) + " bytes (raise with --max-bytes)"));
        }
        if (payload.length == 0) {
            return Optional.of(new Document.Rejected(name, sha, "empty record payload (0 bytes)"));
        }
        Document read = type.equals("text/plain")
                ? TextDocumentReader.read(name, sha, payload)
                : HtmlDocumentReader.read(name, sha, payload, Optional.ofNullable(http.contentType().parameters().get("charset")));
        return Optional.of(withCapture(read, response));
    }

    /** The document as read from the payload, marked as coming from a WARC capture made at WARC-Date. */
    private static Document withCapture(Document read, WarcResponse response) {
        if (!(read instanceof Document.Accepted accepted)) {
            return read;
        }
        Article article = accepted.article();
        Map<String, String> meta = new TreeMap<>(article.meta());
        meta.put("format", Format.WARC.code());
        meta.put("fetched", response.date().toString());
        if (!meta.containsKey("url")) WebLink.of(response.target()).ifPresent(u -> meta.put("url", u));
        return new Document.Accepted(accepted.name(), accepted.sha256(), Format.WARC.code(),
                new Article(article.name(), article.text(), article.published(), meta));
    }

    private static String damage(Exception e) {
        return e instanceof EOFException && e.getMessage() == null ? "unexpected end of file" : Reasons.message(e);
    }

    /** The archive's digest for its rejection, or none when even that cannot be read. */
    private static String fileSha(InputSource source) {
        try {
            return Sha256.ofSource(source);
        } catch (IOException e) {
            return "";
        }
    }
}
