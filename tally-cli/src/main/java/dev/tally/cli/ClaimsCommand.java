package dev.tally.cli;

import dev.tally.web.ClaimJson;
import dev.tally.store.Ledger;
import dev.tally.model.ClaimKind;
import dev.tally.model.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code tally claims}: every claim in the ledger in the claim format, with its incident's id; with
 * {@code --kind aggregate}, the totals over a period or a war, which belong to no incident.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "Write the ledger's claims (claim format, incident set).")
final class ClaimsCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    /** The claim kinds as the claim format writes them. */
    enum Kind {
        incident(ClaimKind.INCIDENT), aggregate(ClaimKind.AGGREGATE);

        final ClaimKind kind;

        Kind(ClaimKind kind) {
            this.kind = kind;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--kind", description = "Only claims of this kind: ${COMPLETION-CANDIDATES} (aggregate: totals over a period, war or region, which join no incident).")
    Kind kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ClaimJson json = new ClaimJson();
        ClaimTable table = new ClaimTable(out);
        try (Ledger l = ledger.openExisting()) {
            for (StoredClaim c : l.claims()) {
                if (kind != null && c.claim().kind() != kind.kind) continue;
                if (format == Format.jsonl) out.println(json.line(c.claim(), c.incident())); else table.add(c.claim());
            }
        }
        if (format == Format.table) table.print();
        out.flush();
        return Tally.OK;
    }
}
