package dev.tally.cli;

import dev.tally.model.Claim;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Victims;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code tally export}: the incidents as CSV with the columns of ACLED or UCDP GED, so they load
 * into tools made for those data sets, plus {@code tally_values}: whether the row uses analysts'
 * reviewed values or only extracted ones ({@code --values}). Figures are the incident's killed range: ACLED's
 * {@code fatalities} and UCDP's {@code low} take its lower bound, {@code high} its upper.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export incidents as CSV with ACLED or UCDP GED column names.")
final class ExportCommand implements Callable<Integer> {
    enum Format { acled, ucdp }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--format", required = true, description = "Columns: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    ValuesOption values;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger l = ledger.openExisting()) {
            LedgerView view = new LedgerView(l, values.reviewed());
            Csv csv = new Csv(out);
            List<IncidentRecord> incidents = view.incidents(Optional.empty(), Optional.empty(), Optional.empty());
            if (format == Format.acled) acled(csv, view, incidents, values.code()); else ucdp(csv, view, incidents, values.code());
        }
        out.flush();
        return Tally.OK;
    }

    private static void acled(Csv csv, LedgerView view, List<IncidentRecord> incidents, String values) {
        csv.row(List.of("event_id_cnty", "event_date", "country", "location", "latitude", "longitude", "geo_precision",
                "actor1", "sub_event_type", "fatalities", "notes", "source", "tally_values"));
        for (IncidentRecord i : incidents) {
            Place p = i.place();
            csv.row(java.util.Arrays.asList(i.key(), i.date().start().orElse(null), p.country().orElse(null), LedgerView.placeName(p),
                    p.lat().isPresent() ? p.lat().getAsDouble() : null, p.lon().isPresent() ? p.lon().getAsDouble() : null,
                    acledPrecision(p), i.actor().perpetrator().orElse(null), i.actor().means().orElse(null),
                    killed(i, false).orElse(0), notes(view, i), String.join("; ", view.sources(i)), values));
        }
    }

    private static void ucdp(Csv csv, LedgerView view, List<IncidentRecord> incidents, String values) {
        csv.row(List.of("id", "date_start", "date_end", "country", "where_coordinates", "latitude", "longitude", "where_prec",
                "side_a", "best", "low", "high", "deaths_civilians", "source_article", "tally_values"));
        for (IncidentRecord i : incidents) {
            Place p = i.place();
            OptionalLong low = killed(i, false);
            OptionalLong high = killed(i, true);
            OptionalLong civilians = i.figures().stream().filter(f -> f.outcome() == Outcome.KILLED && f.victims() == Victims.CIVILIAN)
                    .mapToLong(f -> f.min().orElse(f.max().orElse(0))).reduce(Long::sum);
            csv.row(java.util.Arrays.asList(i.key(), i.date().start().orElse(null), i.date().end().orElse(null), p.country().orElse(null),
                    LedgerView.placeName(p), p.lat().isPresent() ? p.lat().getAsDouble() : null, p.lon().isPresent() ? p.lon().getAsDouble() : null,
                    ucdpPrecision(p), i.actor().perpetrator().orElse(null), low.orElse(0), low.orElse(0),
                    high.isPresent() ? high.getAsLong() : low.orElse(0), civilians.orElse(0), String.join("; ", view.documents(i)), values));
        }
    }

    /** The killed range over all victims: lower bounds added up, or upper bounds where every figure has one. */
    private static OptionalLong killed(IncidentRecord i, boolean upper) {
        List<IncidentRecord.Figure> killed = i.figures().stream().filter(f -> f.outcome() == Outcome.KILLED).toList();
        if (killed.isEmpty()) return OptionalLong.empty();
        if (upper && killed.stream().anyMatch(f -> f.max().isEmpty())) return OptionalLong.empty();
        return OptionalLong.of(killed.stream().mapToLong(f -> upper ? f.max().getAsLong() : f.min().orElse(f.max().orElse(0))).sum());
    }

    private static String notes(LedgerView view, IncidentRecord i) {
        return i.claims().stream().map(view::claim).map(Claim::sentence).distinct().collect(Collectors.joining(" | "));
    }

    /** ACLED: 1 the town itself, 2 near it or a part of a region, 3 a larger area. */
    private static Integer acledPrecision(Place p) {
        return switch (p.precision()) {
            case NEIGHBOURHOOD, CITY -> 1;
            case ADMIN_AREA -> 2;
            case COUNTRY -> 3;
            case UNKNOWN -> null;
        };
    }

    /** UCDP GED: 1 exact place, 4 first-order division, 6 country. */
    private static Integer ucdpPrecision(Place p) {
        return switch (p.precision()) {
            case NEIGHBOURHOOD, CITY -> 1;
            case ADMIN_AREA -> 4;
            case COUNTRY -> 6;
            case UNKNOWN -> null;
        };
    }
}
