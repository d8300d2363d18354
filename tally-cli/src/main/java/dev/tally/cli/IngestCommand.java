package dev.tally.cli;

import dev.tally.model.Document;
import dev.tally.store.IngestResult;
import dev.tally.store.Ledger;
import dev.tally.web.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tally ingest}: reads inputs into the ledger, each document with its claims in one
 * transaction. A document already there (same content hash) is skipped, so a re-run after a crash
 * goes on where it stopped and re-ingesting changes nothing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (text, HTML, RSS/Atom, WARC) into the ledger with their claims, then resolve incidents.",
                "A document already in the ledger is skipped. Rejected inputs are stored with their reason.",
                "Exit codes: 0 ok, 1 failure, 2 usage, 3 done but some inputs were rejected."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Mixin
    Inputs inputs;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;


    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Ingestion ingestion = new Ingestion();
        Progress progress = new Progress(err);
        Inputs.Counts read;
        try (Ledger l = ledger.open()) {
            read = inputs.read(paths, err, doc -> {
                if (l.contains(doc.sha256())) {
                    progress.document(0, false, true);
                    return;
                }
                IngestResult r = ingestion.store(l, doc);
                progress.document(r.claims(), doc instanceof Document.Rejected, r.change() == IngestResult.Change.UNCHANGED);
            });
            progress.done();
            Inputs.reportUndated(err, ingestion.undated());
            Resolution.run(ingestion, l, err);
        }
        return read.rejected() > 0 ? Tally.SOME_REJECTED : Tally.OK;
    }
}
