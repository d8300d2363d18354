package dev.tally.cli;

import dev.tally.store.Ledger;
import dev.tally.store.LedgerStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code tally stats}: what the ledger holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Summarize the ledger: documents by status, claims by outcome, incidents.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger l = ledger.openExisting()) {
            LedgerStats s = l.stats();
            out.printf("ledger: %s%n", ledger.describe());
            out.printf("documents: %d%n", s.totalDocuments());
            s.documents().forEach((status, n) -> out.printf("  %-9s %d%n", status.name().toLowerCase(java.util.Locale.ROOT), n));
            out.printf("claims: %d%n", s.totalClaims());
            s.claims().forEach((outcome, n) -> out.printf("  %-10s %d%n", outcome.code(), n));
            out.printf("claims by rules:%n");
            s.rules().forEach((rules, n) -> out.printf("  %-10s %d%n", rules, n));
            out.printf("incidents: %d%n", s.incidents());
        }
        out.flush();
        return Tally.OK;
    }
}
