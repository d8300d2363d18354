package dev.tally.ingest;

import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads input files into {@link Document}s: plain text, HTML pages, RSS/Atom feeds (one document per item)
 * WARC archives, plain or gzip-compressed (one document per HTML or text response), and JSON Lines of articles
 * ({@code .jsonl}, one document per line). The format is told
 * from the content, then the file name. A bad input never throws: it becomes a {@link Document.Rejected}
 * whose reason a person can act on ("empty file (0 bytes)"), and the run goes on.
 *
 * <p>Names: a file's documents are named by its file name ({@code 001_fb6444753e8d3f0d.txt}), a feed item by
 * {@code file#guid} (or {@code file#3}), a WARC response by its target URI. Hashes: the SHA-256 of the file's
 * bytes, of a feed item's text, of a WARC response's (decoded) payload; empty when no byte could be read.
 * Publication dates and meta come from the metadata sidecar first, then from the page itself.
 *
 * <p>Thread-safe: {@link #read(Path)} may be called for many files at once.
 */
public final class DocumentReader {
    /** The default limit on the bytes of one file (20 MiB); larger ones are rejected unread. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The largest limit one can set: a file is read into one array. */
    public static final long MAX_MAX_BYTES = Integer.MAX_VALUE - 8;
    /** The sidecar's file name: looked for beside the inputs, and never read as an input in folders. */
    public static final String META_FILE_NAME = "meta.json";

    /**
     * Heap a file's bytes may take while it is read and extracted, per byte of file (the bytes, the
     * decoded and normalized text, tokens, mentions): a file larger than the heap over this is rejected
     * unread, before it can exhaust the heap. Measured on concatenated FA-KES text; generous on purpose.
     */
    static final int HEAP_PER_BYTE = 24;
    private static final String OUT_OF_HEAP = "ran out of heap while reading it: give Java more with TALLY_JAVA_OPTS=-Xmx..., "
            + "or split the file";
    private static final Class<?> REJECT_LOADED_EARLY = Document.Rejected.class;

    private final long maxBytes;
    private final Sidecars sidecars;
    private final WarcDocumentReader warc;
    private final JsonLinesDocumentReader jsonLines;

    /** A reader with the default byte limit that finds {@code meta.json} sidecars beside its inputs. */
    public DocumentReader() {
        this(DEFAULT_MAX_BYTES, Optional.empty());
    }

    /**
     * @param maxBytes the most bytes one file (or one WARC payload) may have, 1 to {@link #MAX_MAX_BYTES}
     * @param meta     the sidecar to use for every input; when empty, {@code meta.json} is looked for in each
     *                 input's folder, then the folder above
     */
    public DocumentReader(long maxBytes, Optional<MetaFile> meta) {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + MAX_MAX_BYTES + "; got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.sidecars = new Sidecars(meta);
        this.warc = new WarcDocumentReader(maxBytes);
        this.jsonLines = new JsonLinesDocumentReader(maxBytes);
    }

    /** The documents in one file: one for text and HTML, one per item or response for feeds and WARC. */
    public List<Document> read(Path path) {
        List<Document> documents = new ArrayList<>();
        read(InputSource.of(path), documents::add);
        return sidecars.apply(path, documents);
    }

    /**
     * The documents in one input on any file system, each handed to {@code sink} as it is read (a WARC
     * archive or JSON Lines file of any size is never held whole), with {@code meta}'s entries applied. Never
     * throws for bad input: it becomes a {@link Document.Rejected}.
     */
    public void read(InputSource source, MetaFile meta, Consumer<Document> sink) {
        read(source, meta.size() == 0 ? sink : document -> sink.accept(Sidecars.apply(meta, document)));
    }

    private void read(InputSource source, Consumer<Document> sink) {
        String name = source.name();
        // What was handed on before a failure stays; the failure itself becomes one more rejection.
        try {
            readFile(source, name, sink);
        } catch (IOException e) {
            sink.accept(new Document.Rejected(name, unreadKey(source), Reasons.unreadable(e)));
        } catch (RuntimeException e) {
            // The parsers (jsoup, Rome, jwarc) may throw unchecked on input they cannot handle: that input is
            // rejected with their message, and the other inputs are still read.
            sink.accept(new Document.Rejected(name, unreadKey(source), "could not be read: " + Reasons.message(e)));
        } catch (OutOfMemoryError e) {
            // What was read of this file is garbage now, so the heap is free again for the next one. The
            // reason is a constant and its classes are loaded at start-up: nothing here may need the heap.
            sink.accept(new Document.Rejected(name, unreadKey(source), OUT_OF_HEAP));
        }
    }

    /**
     * The files to read for the given paths, in order: a file as given, a folder walked recursively and
     * sorted, skipping hidden files and sidecars. A path that does not exist is kept, so reading it reports it.
     */
    public List<Path> inputs(List<Path> pathsOrFolders) {
        return InputWalker.inputs(pathsOrFolders,
                file -> file.getFileName().toString().equals(META_FILE_NAME) || sidecars.isGiven(file));
    }

    /** All documents under the given paths, read one file at a time as the stream is consumed. */
    public Stream<Document> readAll(List<Path> pathsOrFolders) {
        return inputs(pathsOrFolders).stream().flatMap(path -> read(path).stream());
    }

    /**
     * What was wrong in the sidecars used so far (a date that is not a date, an unreadable {@code meta.json}
     * found beside the inputs), each naming its document. Complete once every input has been read.
     */
    public List<Diagnostic> metaProblems() {
        return sidecars.problems();
    }

    /** The byte limit for one file or WARC payload. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The identity of an input whose bytes could not be read: the hash of where it is, so two such
     * inputs stay two documents in the ledger and reading the same one again changes nothing.
     */
    private static String unreadKey(InputSource source) {
        return Sha256.of("unread:" + source.location());
    }

    private void readFile(InputSource source, String name, Consumer<Document> sink) throws IOException {
        Optional<String> notAFile = source.notReadable();
        if (notAFile.isPresent()) {
            sink.accept(new Document.Rejected(name, unreadKey(source), notAFile.get()));
            return;
        }
        long size = source.size();
        if (size == 0) {
            sink.accept(new Document.Rejected(name, Sha256.of(new byte[0]), Reasons.empty()));
            return;
        }
        // Most inputs are one article that fits: read once, the format told from the bytes' head
        boolean fits = size <= maxBytes && size <= Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE;
        byte[] bytes = fits ? readAtMost(source) : null;
        Format format = FormatSniffer.sniff(name, bytes == null ? head(source) : Arrays.copyOf(bytes, Math.min(bytes.length, FormatSniffer.HEAD_BYTES)));
        if (format == Format.WARC) {
            warc.read(source, name, sink);
            return;
        }
        if (format == Format.JSONL) {
            jsonLines.read(source, name, sink);
            return;
        }
        if (bytes == null) {
            sink.accept(new Document.Rejected(name, Sha256.ofSource(source), size > maxBytes ? Reasons.tooLarge(size, maxBytes) : Reasons.tooLargeForHeap(size)));
            return;
        }
        String sha = Sha256.of(bytes);
        if (bytes.length > maxBytes) {
            // The file grew between the size check and the read.
            sink.accept(new Document.Rejected(name, sha, Reasons.tooLarge(bytes.length, maxBytes)));
            return;
        }
        switch (format) {
            case FEED -> FeedDocumentReader.read(name, sha, bytes).forEach(sink);
            case HTML -> sink.accept(HtmlDocumentReader.read(name, sha, bytes, Optional.empty()));
            case TEXT -> sink.accept(TextDocumentReader.read(name, sha, bytes));
            case GZIP, WARC, JSONL -> sink.accept(new Document.Rejected(name, sha,
                    "gzip-compressed, but not a WARC archive: decompress it first"));
        }
    }

    private static byte[] head(InputSource source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readNBytes(FormatSniffer.HEAD_BYTES);
        }
    }

    private byte[] readAtMost(InputSource source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readNBytes((int) Math.min(maxBytes + 1, MAX_MAX_BYTES));
        }
    }
}
