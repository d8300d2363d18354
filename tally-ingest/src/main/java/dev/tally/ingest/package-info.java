/**
 * Reading inputs into {@link dev.tally.model.Document}s: plain text, HTML pages, RSS/Atom feeds and WARC
 * archives, plus the {@code meta.json} sidecar that gives publication dates.
 *
 * <p>Start at {@link dev.tally.ingest.DocumentReader}. Every other class here is package-private: the
 * format readers, the text decoder and the sniffer are details that may change.
 */
package dev.tally.ingest;
