package dev.tally.cli;

import dev.tally.web.Csv;
import dev.tally.extract.claim.TsvResource;
import dev.tally.model.Claim;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Place;
import dev.tally.model.Victims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Incidents as rows in ACLED's column names and vocabularies (ACLED Codebook): {@code event_type} and
 * {@code sub_event_type} from the means ({@code acled-event-types.tsv}), country names, {@code
 * time_precision} and {@code geo_precision} codes, {@code fatalities} as ACLED codes it (the lower
 * bound of people killed; 0 when no figure). Columns Tally cannot know (inter codes, admin units,
 * actor2) stay empty rather than guessed; {@code tally_values} says whether reviewed values were used.
 */
final class AcledExport {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "civilian_targeting", "country", "admin1", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tally_values");
    private static final Map<String, String[]> EVENT_TYPES = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows(AcledExport.class, "acled-event-types.tsv", 3)) {
            EVENT_TYPES.put(row[0], new String[] {row[1], row[2]});
        }
    }

    private AcledExport() {
    }

    static void write(Csv csv, LedgerView view, List<IncidentRecord> incidents, String values) {
        csv.row(COLUMNS);
        for (IncidentRecord i : incidents) {
            Place p = i.place();
            String[] type = i.actor().means().map(EVENT_TYPES::get).orElse(new String[] {null, null});
            boolean civilians = i.figures().stream().anyMatch(f -> f.victims() == Victims.CIVILIAN);
            csv.row(Arrays.asList(i.key(), i.date().start().orElse(null), i.date().start().map(d -> d.getYear()).orElse(null),
                    ExportFields.acledTimePrecision(i.date()), type[0] == null ? null : "Political violence", type[0], type[1],
                    i.actor().perpetrator().orElse(null), civilians ? "Civilian targeting" : null,
                    ExportFields.countryName(p), null, LedgerView.placeName(p),
                    p.lat().isPresent() ? p.lat().getAsDouble() : null, p.lon().isPresent() ? p.lon().getAsDouble() : null,
                    acledPrecision(p), String.join("; ", view.sources(i)), null, notes(view, i),
                    ExportFields.killed(i, false, f -> true).orElse(0), values));
        }
    }

    private static String notes(LedgerView view, IncidentRecord i) {
        return i.claims().stream().map(view::claim).map(Claim::sentence).distinct().collect(Collectors.joining(" | "));
    }

    /** ACLED geo_precision: 1 the town itself, 2 near it or a part of a region, 3 a larger area. */
    private static Integer acledPrecision(Place p) {
        return switch (p.precision()) {
            case NEIGHBOURHOOD, CITY -> 1;
            case ADMIN_AREA -> 2;
            case COUNTRY -> 3;
            case UNKNOWN -> null;
        };
    }
}
