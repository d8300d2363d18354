package dev.tally.cli;

import dev.tally.ingest.DocumentReader;
import dev.tally.ingest.MetaFile;
import dev.tally.model.Article;
import dev.tally.model.Document;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The input options shared by the commands that read articles: sidecar, fallback date, size limit. */
final class Inputs {
    @Option(names = "--meta", paramLabel = "FILE", description = "Metadata sidecar (meta.json) with publication dates per file; "
            + "by default a meta.json beside the inputs is used.")
    Path meta;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for inputs nothing else dates.")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "20971520",
            description = "Largest file (or WARC record) read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Counts of what was read. */
    record Counts(int accepted, int rejected) {}

    /**
     * Reads every document under {@code paths}, reporting each rejected one on {@code err} with its name, and
     * passes every document, accepted (dated with {@code --published} when nothing else dates it) or rejected,
     * to {@code sink}. Bad input never stops the batch.
     */
    Counts read(List<Path> paths, PrintWriter err, Consumer<Document> sink) throws IOException {
        DocumentReader reader = new DocumentReader(maxBytes, meta == null ? Optional.empty() : Optional.of(MetaFile.read(meta)));
        int accepted = 0;
        int rejected = 0;
        for (Path path : reader.inputs(paths)) {
            for (Document d : reader.read(path)) {
                if (d instanceof Document.Rejected r) {
                    err.println("[" + r.name() + "] rejected: " + r.reason());
                    sink.accept(r);
                    rejected++;
                } else if (d instanceof Document.Accepted a) {
                    sink.accept(dated(a));
                    accepted++;
                }
            }
            err.flush();
        }
        reader.metaProblems().forEach(err::println);
        return new Counts(accepted, rejected);
    }

    /** Says how many documents had no publication date, so unresolved relative dates are not a surprise. */
    static void reportUndated(PrintWriter err, int undated) {
        if (undated > 0) {
            err.printf("%d document(s) without a publication date: their relative dates (\"on Monday\") stay unresolved; "
                    + "give --published or a meta.json%n", undated);
        }
        err.flush();
    }

    private Document.Accepted dated(Document.Accepted a) {
        if (a.article().published().isPresent() || published == null) return a;
        Article art = a.article();
        return new Document.Accepted(a.name(), a.sha256(), a.format(), new Article(art.name(), art.text(), Optional.of(published), art.meta()));
    }
}
