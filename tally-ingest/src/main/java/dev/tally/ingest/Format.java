package dev.tally.ingest;

import java.util.Locale;

/** How an input is read. {@link #code()} is the name kept in {@code Document.Accepted.format} and the meta. */
enum Format {
    TEXT, HTML, FEED, WARC,
    /** JSON Lines of articles, one {@code {"name", "text", "published", "outlet", "url"}} per line. */
    JSONL,
    /** Gzip-compressed content that is not a WARC archive: refused, not guessed at. */
    GZIP;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
