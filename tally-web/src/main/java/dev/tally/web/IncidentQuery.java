package dev.tally.web;

import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import dev.tally.model.IncidentRecord;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The incident filters that {@code /api/incidents} and {@code /api/series} share. Each is optional;
 * an incident passes when it passes every one given.
 *
 * @param country     ISO 3166-1 alpha-2, upper case
 * @param from        the incident's days reach this day or later
 * @param to          the incident's days start on this day or earlier
 * @param perpetrator a case-insensitive part of the perpetrator's name
 * @param victims     some figure counts these victims (of {@code outcome}, when given)
 * @param outcome     some figure counts this outcome
 * @param min         some figure (of {@code outcome} and {@code victims}, when given) reaches this number
 * @param terms       lower-case words that must all occur in the incident's text (place, actor, sentences, sources)
 */
record IncidentQuery(Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> perpetrator,
                     Optional<Victims> victims, Optional<Outcome> outcome, OptionalLong min, List<String> terms) {
    static final Set<String> PARAMETERS = Set.of("country", "from", "to", "perpetrator", "victims", "outcome", "min", "q", "values");

    static IncidentQuery of(Params p) {
        Optional<LocalDate> from = p.date("from");
        Optional<LocalDate> to = p.date("to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiError.badParameter("to", "to must not be before from; got from " + from.get() + ", to " + to.get());
        }
        List<String> terms = p.text("q").map(q -> Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        return new IncidentQuery(p.country("country"), from, to, p.text("perpetrator").map(s -> s.toLowerCase(Locale.ROOT)),
                p.choice("victims", codes(Victims.values())).map(v -> Victims.valueOf(v.toUpperCase(Locale.ROOT))),
                p.choice("outcome", codes(Outcome.values())).map(v -> Outcome.valueOf(v.toUpperCase(Locale.ROOT))),
                p.whole("min", 0, Long.MAX_VALUE), terms);
    }

    boolean test(IncidentRecord i, IncidentView view) {
        if (country.isPresent() && !i.place().country().map(c -> c.equalsIgnoreCase(country.get())).orElse(false)) return false;
        if (from.isPresent() && !i.date().end().map(d -> !d.isBefore(from.get())).orElse(false)) return false;
        if (to.isPresent() && !i.date().start().map(d -> !d.isAfter(to.get())).orElse(false)) return false;
        if (perpetrator.isPresent() && !i.actor().perpetrator().map(a -> a.toLowerCase(Locale.ROOT).contains(perpetrator.get())).orElse(false)) {
            return false;
        }
        if ((victims.isPresent() || outcome.isPresent() || min.isPresent()) && i.figures().stream().noneMatch(this::figureMatches)) return false;
        if (!terms.isEmpty()) {
            String text = view.searchText(i);
            for (String t : terms) if (!text.contains(t)) return false;
        }
        return true;
    }

    private boolean figureMatches(IncidentRecord.Figure f) {
        if (victims.isPresent() && f.victims() != victims.get()) return false;
        if (outcome.isPresent() && f.outcome() != outcome.get()) return false;
        return min.isEmpty() || Math.max(f.min().orElse(0), f.max().orElse(0)) >= min.getAsLong();
    }

    static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
