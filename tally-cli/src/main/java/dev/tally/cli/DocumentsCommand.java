package dev.tally.cli;

import dev.tally.resolve.Consistency;
import dev.tally.resolve.TrackRecords;
import dev.tally.store.Ledger;
import dev.tally.store.StoredDocument;
import dev.tally.web.Csv;
import dev.tally.web.TrackJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tally documents}: every document with its outlet, status, claims and consistency with the other sources. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "List the ledger's documents with outlet, status, claims and consistency with the other independent sources (0..1, or none when nothing compares).")
final class DocumentsCommand implements Callable<Integer> {
    enum Format { table, jsonl, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredDocument> documents;
        TrackRecords records;
        try (Ledger l = ledger.openExisting()) {
            documents = l.documents();
            records = TrackJson.of(documents, l.claims(), l.incidents());
        }
        Csv csv = new Csv(out);
        if (format == Format.csv) csv.row(List.of("id", "name", "outlet", "published", "status", "claims", "score", "compared", "reasons"));
        if (format == Format.table) out.printf("%-6s %-32s %-20s %-10s %-8s %6s %5s  %s%n", "ID", "NAME", "OUTLET", "PUBLISHED", "STATUS", "CLAIMS", "SCORE", "REASON");
        int scored = 0;
        for (StoredDocument d : documents) {
            String outlet = TrackJson.source(d).outlet();
            Consistency c = records.consistency(d.id());
            if (c.score().isPresent()) scored++;
            String published = d.published().map(Object::toString).orElse(null);
            String status = d.status().name().toLowerCase(Locale.ROOT);
            switch (format) {
                case jsonl -> {
                    out.println(TrackJson.documentLine(d.id(), d.name(), outlet, published, status, d.claims(), TrackJson.consistency(c)));
                }
                case csv -> csv.row(java.util.Arrays.asList(d.id(), d.name(), outlet, published, status, d.claims(),
                        c.score().isPresent() ? Math.round(c.score().getAsDouble() * 1e5) / 1e5 : null, c.compared(), String.join("; ", c.reasons())));
                case table -> out.printf("%-6d %-32s %-20s %-10s %-8s %6d %5s  %s%n", d.id(), IncidentsCommand.cut(d.name(), 32),
                        IncidentsCommand.cut(outlet, 20), published == null ? "-" : published, status, d.claims(),
                        c.score().isPresent() ? String.format(Locale.ROOT, "%.2f", c.score().getAsDouble()) : "-", c.reasons().get(0));
            }
        }
        if (format == Format.table) {
            out.printf("%d documents, %d with a consistency score (share of comparisons with other independent sources that agree; - when nothing compares)%n",
                    documents.size(), scored);
        }
        out.flush();
        return Tally.OK;
    }
}
