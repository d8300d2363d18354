package dev.tally.cli;

import dev.tally.model.IncidentRecord;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** Values the ACLED and UCDP exports both derive from an incident: figures, country names, date precision. */
final class ExportFields {
    private ExportFields() {
    }

    /**
     * People killed among the figures {@code which} selects: lower bounds added up, or with {@code upper}
     * the upper bounds, empty where a figure has none (an open "at least"), or when there is no figure.
     */
    static OptionalLong killed(IncidentRecord i, boolean upper, Predicate<IncidentRecord.Figure> which) {
        List<IncidentRecord.Figure> killed = i.figures().stream().filter(f -> f.outcome() == Outcome.KILLED).filter(which).toList();
        if (killed.isEmpty()) return OptionalLong.empty();
        if (upper && killed.stream().anyMatch(f -> f.max().isEmpty())) return OptionalLong.empty();
        return OptionalLong.of(killed.stream().mapToLong(f -> upper ? f.max().getAsLong() : f.min().orElse(f.max().orElse(0))).sum());
    }

    /** The country's English short name ("Syria" for SY), as both data sets write it; null when unknown. */
    static String countryName(Place p) {
        return p.country().map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)).orElse(null);
    }

    /** Days the incident's date spans, 1 for a single day; empty when undated. */
    static OptionalLong days(TimeSpan date) {
        if (date.start().isEmpty() || date.end().isEmpty()) return OptionalLong.empty();
        return OptionalLong.of(ChronoUnit.DAYS.between(date.start().get(), date.end().get()) + 1);
    }

    /** ACLED time_precision: 1 the day is known, 2 the week, 3 only the month (or wider). */
    static Integer acledTimePrecision(TimeSpan date) {
        OptionalLong days = days(date);
        if (days.isEmpty()) return null;
        return days.getAsLong() <= 1 ? 1 : days.getAsLong() <= 7 ? 2 : 3;
    }

    /** UCDP GED date_prec: 1 the exact day, 2 within 2-6 days, 3 a week, 4 a month, 5 longer. */
    static Integer ucdpDatePrecision(TimeSpan date) {
        OptionalLong days = days(date);
        if (days.isEmpty()) return null;
        long d = days.getAsLong();
        return d <= 1 ? 1 : d <= 6 ? 2 : d <= 7 ? 3 : d <= 31 ? 4 : 5;
    }
}
