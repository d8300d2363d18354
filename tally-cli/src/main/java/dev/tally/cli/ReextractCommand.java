package dev.tally.cli;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.model.Document;
import dev.tally.store.DocumentStatus;
import dev.tally.store.Ledger;
import dev.tally.store.ReextractResult;
import dev.tally.store.StoredDocument;
import dev.tally.web.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tally reextract}: every stored document read again under the current rules, then incidents resolved again. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Read every stored document again under the current rules, then resolve incidents again.",
                "Claims are replaced one transaction per document. A claim read again (same outcome at the same words) keeps its "
                + "reviews; a review of a claim the rules no longer read is written to the audit log before the claim goes. "
                + "'tally stats' shows claims by rule version."})
final class ReextractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;


    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ingestion ingestion = new Ingestion();
        Progress progress = new Progress(err);
        int kept = 0, added = 0, removed = 0, reviews = 0;
        try (Ledger l = ledger.openExisting()) {
            for (StoredDocument d : l.documents()) {
                if (d.status() == DocumentStatus.REJECTED) continue;
                Document doc = l.document(d.id()).orElseThrow(() -> new IllegalStateException("[" + d.name() + "] vanished while re-extracting"));
                if (!(doc instanceof Document.Accepted accepted)) continue;
                ReextractResult r = ingestion.reextract(l, d.id(), accepted, "cli");
                kept += r.kept();
                added += r.added();
                removed += r.removed();
                reviews += r.reviewsDropped();
                progress.document(r.kept() + r.added(), false, r.added() == 0 && r.removed() == 0);
            }
            progress.done();
            err.printf(Locale.ROOT, "rules %s: claims kept %,d, added %,d, removed %,d; reviews of removed claims moved to the audit log: %,d%n",
                    ClaimExtractor.PROVENANCE, kept, added, removed, reviews);
            Resolution.run(ingestion, l, err);
        }
        return Tally.OK;
    }
}
