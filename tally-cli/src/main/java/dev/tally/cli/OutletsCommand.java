package dev.tally.cli;

import dev.tally.resolve.FigureCheck;
import dev.tally.resolve.OutletRecord;
import dev.tally.resolve.TrackRecords;
import dev.tally.store.Ledger;
import dev.tally.web.Csv;
import dev.tally.web.TrackJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tally outlets}: each outlet's track record, one line per outlet (method: docs/OUTLETS.md). */
@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = "Each outlet's track record: documents, claims, incidents, how often first, delay, figures outside the other sources' range.")
final class OutletsCommand implements Callable<Integer> {
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
        TrackRecords records;
        try (Ledger l = ledger.openExisting()) {
            records = TrackJson.of(l);
        }
        List<OutletRecord> outlets = records.outlets();
        switch (format) {
            case jsonl -> outlets.forEach(r -> out.println(TrackJson.outlet(r, true)));
            case csv -> csv(out, outlets);
            case table -> table(out, outlets);
        }
        out.flush();
        return Tally.OK;
    }

    private static void csv(PrintWriter out, List<OutletRecord> outlets) {
        Csv csv = new Csv(out);
        csv.row(List.of("outlet", "documents", "claims", "incidents", "compared", "first", "median_delay_days",
                "figures_compared", "above", "below", "above_incidents", "below_incidents"));
        for (OutletRecord r : outlets) {
            List<Object> row = new ArrayList<>(List.of(r.outlet(), r.documents(), r.claims(), r.incidents(), r.compared(), r.first()));
            row.add(r.medianDelayDays().isPresent() ? r.medianDelayDays().getAsDouble() : null);
            row.add(r.checks().size());
            row.add(r.above().size());
            row.add(r.below().size());
            row.add(incidents(r.above()));
            row.add(incidents(r.below()));
            csv.row(row);
        }
    }

    private static void table(PrintWriter out, List<OutletRecord> outlets) {
        String row = "%-24s %5s %6s %9s %8s %5s %6s %7s %5s %5s%n";
        out.printf(row, "OUTLET", "DOCS", "CLAIMS", "INCIDENTS", "COMPARED", "FIRST", "DELAY", "FIGURES", "ABOVE", "BELOW");
        for (OutletRecord r : outlets) {
            out.printf(row, IncidentsCommand.cut(r.outlet(), 24), r.documents(), r.claims(), r.incidents(), r.compared(), r.first(),
                    r.medianDelayDays().isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", r.medianDelayDays().getAsDouble()) : "-",
                    r.checks().size(), r.above().size(), r.below().size());
        }
        out.printf("%d outlets (COMPARED: incidents another independent source reports; DELAY: median days after the first report;"
                + " ABOVE/BELOW: figures outside the other sources' range; --format jsonl for the incidents)%n", outlets.size());
    }

    private static String incidents(List<FigureCheck> checks) {
        return String.join(" ", checks.stream().map(FigureCheck::incident).distinct().toList());
    }
}
