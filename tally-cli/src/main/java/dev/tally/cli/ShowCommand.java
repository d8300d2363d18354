package dev.tally.cli;

import dev.tally.model.Claim;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code tally show ID}: one incident with each source's figure and the sentence that carries it. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one incident with every source's figure and evidence sentence.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Parameters(paramLabel = "ID", description = "The incident's id, as tally incidents prints it.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger l = ledger.openExisting()) {
            LedgerView view = new LedgerView(l, true);
            Optional<IncidentRecord> found = view.incident(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("[" + id + "] no such incident in " + ledger.describe() + " (tally incidents lists them)");
                return Tally.FAILURE;
            }
            IncidentRecord i = found.get();
            out.printf("%s%n  date: %s%n  place: %s (%s)%n  perpetrator: %s; means: %s%n", i.key(),
                    i.date().start().map(s -> s + i.date().end().filter(e -> !e.equals(s)).map(e -> ".." + e).orElse("")).orElse("unknown"),
                    LedgerView.placeName(i.place()), i.place().country().orElse("?"),
                    i.actor().perpetrator().orElse("unknown"), i.actor().means().orElse("unknown"));
            for (IncidentRecord.Figure f : i.figures()) {
                out.printf("  %s (%s): %s..%s%n", f.outcome().code(), f.victims().code(),
                        f.min().isPresent() ? f.min().getAsLong() : "", f.max().isPresent() ? f.max().getAsLong() : "");
            }
            for (IncidentRecord.Contradiction c : i.contradictions()) out.printf("  CONTRADICTION: %s%n", c.text());
            for (IncidentRecord.Link link : i.links()) {
                out.printf(java.util.Locale.ROOT, "  linked (confidence %.2f): [%s] and [%s]: %s%n", link.confidence(),
                        view.claim(link.claims().get(0)).doc(), view.claim(link.claims().get(1)).doc(), link.reasons());
            }
            out.println("  sources:");
            for (long claimId : i.claims()) {
                Claim c = view.claim(claimId);
                out.printf("  - [%s] %s %s %s%s%s%n      \"%s\"%n", c.doc(), c.count().phrase(), c.outcome().code(), c.victims().code(),
                        c.subgroup().map(s -> (c.part() ? " (part: " : " (all: ") + s + ")").orElse(""), c.claimant().map(s -> ", says " + s).orElse(""), c.sentence());
            }
        }
        out.flush();
        return Tally.OK;
    }
}
