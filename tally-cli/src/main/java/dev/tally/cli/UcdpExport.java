package dev.tally.cli;

import dev.tally.web.Csv;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Place;
import dev.tally.model.Victims;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Incidents as rows in UCDP GED's column names: {@code best}, {@code low} and {@code high} from the
 * sources' killed range (best is the lower bound, as GED's conservative estimate; high is empty where a
 * source gives only "at least"), deaths by side as far as the victims say ({@code deaths_civilians},
 * {@code deaths_unknown}; the armed sides' deaths go to {@code deaths_a}/{@code deaths_b} only when
 * the sides are known, so here they stay empty), {@code where_prec} and {@code date_prec} codes.
 */
final class UcdpExport {
    static final List<String> COLUMNS = List.of("id", "year", "side_a", "number_of_sources", "source_article", "where_prec",
            "where_coordinates", "where_description", "latitude", "longitude", "country", "date_prec", "date_start", "date_end",
            "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "tally_values");

    private UcdpExport() {
    }

    static void write(Csv csv, LedgerView view, List<IncidentRecord> incidents, String values) {
        csv.row(COLUMNS);
        for (IncidentRecord i : incidents) {
            Place p = i.place();
            OptionalLong low = ExportFields.killed(i, false, f -> true);
            OptionalLong high = ExportFields.killed(i, true, f -> true);
            List<String> documents = view.documents(i);
            csv.row(Arrays.asList(i.key(), i.date().start().map(d -> d.getYear()).orElse(null), i.actor().perpetrator().orElse(null),
                    documents.size(), String.join("; ", documents), ucdpPrecision(p), LedgerView.placeName(p), p.text().orElse(null),
                    p.lat().isPresent() ? p.lat().getAsDouble() : null, p.lon().isPresent() ? p.lon().getAsDouble() : null,
                    ExportFields.countryName(p), ExportFields.ucdpDatePrecision(i.date()),
                    i.date().start().orElse(null), i.date().end().orElse(null), null, null,
                    ExportFields.killed(i, false, f -> f.victims() == Victims.CIVILIAN).orElse(0),
                    ExportFields.killed(i, false, f -> f.victims() == Victims.UNKNOWN).orElse(0),
                    low.orElse(0), high.isPresent() ? high.getAsLong() : null, low.orElse(0), values));
        }
    }

    /** UCDP GED where_prec: 1 the exact place, 4 a first-order division, 6 the country. */
    private static Integer ucdpPrecision(Place p) {
        return switch (p.precision()) {
            case NEIGHBOURHOOD, CITY -> 1;
            case ADMIN_AREA -> 4;
            case COUNTRY -> 6;
            case UNKNOWN -> null;
        };
    }
}
