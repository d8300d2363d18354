package dev.tally.web;

import dev.tally.model.IncidentRecord;
import dev.tally.model.Outcome;
import dev.tally.model.Place;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** The incidents a dashboard view selects, one CSV row each: what the list shows, figures as min and max columns. */
final class IncidentCsv {
    static final List<String> COLUMNS = List.of("id", "date_start", "date_end", "date_text", "place", "country", "latitude",
            "longitude", "precision", "perpetrator", "means", "killed_min", "killed_max", "injured_min", "injured_max",
            "documents", "sources", "contradictions", "values");

    private IncidentCsv() {
    }

    static void write(Csv csv, List<IncidentRecord> incidents, IncidentView view, Values values) {
        csv.row(COLUMNS);
        for (IncidentRecord i : incidents) {
            Place p = i.place();
            IncidentView.Range killed = view.killed(i);
            csv.row(Arrays.asList(i.key(), i.date().start().orElse(null), i.date().end().orElse(null), i.date().text().orElse(null),
                    p.name().or(p::text).orElse(null), p.country().orElse(null), value(p.lat()), value(p.lon()),
                    p.precision() == Place.Precision.UNKNOWN ? null : p.precision().name().toLowerCase(java.util.Locale.ROOT),
                    i.actor().perpetrator().orElse(null), i.actor().means().orElse(null),
                    value(killed.min()), value(killed.max()), bound(i, Outcome.INJURED, false), bound(i, Outcome.INJURED, true),
                    view.documents(i).size(), String.join("; ", view.sources(i)), i.contradictions().size(), values.code()));
        }
    }

    /** The sum of one outcome's lower (or upper) bounds over its figures; empty where one is open or there is none. */
    private static Long bound(IncidentRecord i, Outcome outcome, boolean upper) {
        List<IncidentRecord.Figure> figures = i.figures().stream().filter(f -> f.outcome() == outcome).toList();
        if (figures.isEmpty() || figures.stream().anyMatch(f -> (upper ? f.max() : f.min()).isEmpty())) return null;
        return figures.stream().mapToLong(f -> (upper ? f.max() : f.min()).getAsLong()).sum();
    }

    private static Object value(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static Object value(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
