package dev.tally.cli;

import dev.tally.web.Csv;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code tally incidents}: the ledger's incidents, filtered, one per line or as a table, CSV or GeoJSON. */
@Command(name = "incidents", mixinStandardHelpOptions = true, description = "List the ledger's incidents with their figure ranges and sources.")
final class IncidentsCommand implements Callable<Integer> {
    enum Format { table, jsonl, csv, geojson }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--country", paramLabel = "CC", description = "Only incidents in this country (ISO 3166 alpha-2, e.g. IQ).")
    String country;

    @Option(names = "--from", paramLabel = "DATE", description = "Only incidents on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only incidents on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Mixin
    ValuesOption values;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger l = ledger.openExisting()) {
            LedgerView view = new LedgerView(l, values.reviewed());
            List<IncidentRecord> incidents = view.incidents(Optional.ofNullable(country), Optional.ofNullable(from), Optional.ofNullable(to));
            IncidentJson json = new IncidentJson(view);
            switch (format) {
                case jsonl -> incidents.forEach(i -> out.println(json.node(i).put("values", values.code())));
                case geojson -> out.println(json.geojson(incidents));
                case csv -> csv(out, view, incidents, values.code());
                case table -> table(out, view, incidents, values.code());
            }
        }
        out.flush();
        return Tally.OK;
    }

    private static void csv(PrintWriter out, LedgerView view, List<IncidentRecord> incidents, String values) {
        Csv csv = new Csv(out);
        csv.row(List.of("id", "date_start", "date_end", "place", "country", "lat", "lon", "perpetrator", "means",
                "outcome", "victims", "min", "max", "documents", "contradictions", "values"));
        for (IncidentRecord i : incidents) {
            for (IncidentRecord.Figure f : i.figures()) {
                List<Object> row = new ArrayList<>();
                row.add(i.key());
                row.add(i.date().start().orElse(null));
                row.add(i.date().end().orElse(null));
                row.add(LedgerView.placeName(i.place()));
                row.add(i.place().country().orElse(null));
                row.add(i.place().lat().isPresent() ? i.place().lat().getAsDouble() : null);
                row.add(i.place().lon().isPresent() ? i.place().lon().getAsDouble() : null);
                row.add(i.actor().perpetrator().orElse(null));
                row.add(i.actor().means().orElse(null));
                row.add(f.outcome().code());
                row.add(f.victims().code());
                row.add(f.min().isPresent() ? f.min().getAsLong() : null);
                row.add(f.max().isPresent() ? f.max().getAsLong() : null);
                row.add(String.join(" ", view.documents(i)));
                row.add(i.contradictions().size());
                row.add(values);
                csv.row(row);
            }
        }
    }

    private static void table(PrintWriter out, LedgerView view, List<IncidentRecord> incidents, String values) {
        String row = "%-36s %-10s %-20s %-20s %-28s %s%n";
        out.printf(row, "ID", "DATE", "PLACE", "PERPETRATOR", "FIGURES", "SOURCES");
        for (IncidentRecord i : incidents) {
            StringBuilder figures = new StringBuilder();
            for (IncidentRecord.Figure f : i.figures()) {
                if (!figures.isEmpty()) figures.append("; ");
                figures.append(f.outcome().code()).append(' ').append(f.min().isPresent() ? f.min().getAsLong() : "")
                        .append("..").append(f.max().isPresent() ? f.max().getAsLong() : "");
            }
            if (!i.contradictions().isEmpty()) figures.append(" !");
            out.printf(row, i.key(), i.date().start().map(Object::toString).orElse(""), cut(LedgerView.placeName(i.place()), 20),
                    cut(i.actor().perpetrator().orElse(""), 20), cut(figures.toString(), 28), view.documents(i).size());
        }
        out.printf("%d incidents, %s values (! marks a contradiction between sources; tally show ID for evidence)%n", incidents.size(), values);
    }

    static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
