package dev.tally.resolve;

import dev.tally.model.Claim;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.TimeSpan;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What several claims of one event agree on: its days, its place, its perpetrator and means. Each
 * choice depends only on the values given, never on their order: ties fall to the most common value,
 * then to a fixed order of the values themselves.
 */
final class Consensus {
    private Consensus() {
    }

    /** The days every range shares; when they share none, the narrowest, most often given, earliest. */
    static Optional<DayRange> days(Collection<DayRange> ranges) {
        if (ranges.isEmpty()) return Optional.empty();
        Optional<DayRange> shared = Optional.of(ranges.iterator().next());
        for (DayRange r : ranges) shared = shared.flatMap(r::intersect);
        if (shared.isPresent()) return shared;
        Map<DayRange, Long> counts = ranges.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        return counts.keySet().stream().min(Comparator.comparingLong(DayRange::days)
                .thenComparing(r -> -counts.get(r))
                .thenComparing(DayRange::start));
    }

    /**
     * The incident's date: the agreed days, stated by the expression of a claim that gives exactly
     * those days, else of the narrowest claim that contains them.
     */
    static TimeSpan date(List<TimeSpan> dates) {
        List<DayRange> ranges = dates.stream().flatMap(d -> DayRange.of(d).stream()).toList();
        Optional<DayRange> agreed = days(ranges);
        if (agreed.isEmpty()) {
            return mostCommon(dates.stream().flatMap(d -> d.text().stream()).toList()).map(TimeSpan::unresolved).orElse(TimeSpan.UNKNOWN);
        }
        DayRange days = agreed.get();
        List<TimeSpan> containing = dates.stream().filter(d -> DayRange.of(d).filter(r -> r.contains(days)).isPresent()).toList();
        long narrowest = containing.stream().mapToLong(d -> DayRange.of(d).orElseThrow().days()).min().orElseThrow();
        List<String> texts = containing.stream().filter(d -> DayRange.of(d).orElseThrow().days() == narrowest)
                .flatMap(d -> d.text().stream()).toList();
        return new TimeSpan(mostCommon(texts), Optional.of(days.start()), Optional.of(days.end()));
    }

    /**
     * The place of the mentions' claims (see {@link #place(Collection)}), among those whose own sentence names it where
     * any does: a place lent by the article's focus or an earlier sentence ("In an Ambush Syrian Forces Kill 35 Terrorists",
     * placed at the article's most named city) gives way to the one the report states ("in Eastern Ghouta").
     */
    static Place placeOf(List<Mention> mentions) {
        List<Place> stated = mentions.stream().filter(m -> statedPlace(m.claim())).map(m -> m.claim().place()).toList();
        return place(stated.isEmpty() ? mentions.stream().map(m -> m.claim().place()).toList() : stated);
    }

    /** The place rules that read the claim's own sentence. */
    private static final List<String> STATED_PLACE_RULES = List.of("place:in-clause", "place:widest-in-clause", "place:in-sentence",
            "place:finer-in-sentence");

    private static boolean statedPlace(Claim c) {
        String rule = c.provenance().basis().getOrDefault(Provenance.Field.PLACE, "");
        return STATED_PLACE_RULES.stream().anyMatch(r -> rule.equals(r) || rule.startsWith(r + "+"));
    }

    /** The finest place (see {@link PlaceMatch#specificity}), then one with coordinates, then the most common name. */
    static Place place(Collection<Place> places) {
        Map<TextKey, Long> names = places.stream().flatMap(p -> p.name().map(TextKey::of).stream())
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        Map<Place, Long> counts = places.stream().collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        Comparator<Place> best = Comparator.comparingInt((Place p) -> -PlaceMatch.specificity(p))
                .thenComparing(p -> p.lat().isEmpty())
                .thenComparingLong(p -> -p.name().map(n -> names.get(TextKey.of(n))).orElse(0L))
                .thenComparingLong(p -> -counts.get(p))
                .thenComparing(Place::toString);
        return counts.keySet().stream().min(best).orElse(Place.UNKNOWN);
    }

    /**
     * The name most of them give, taking names with the same {@link TextKey} as one; among equally
     * common ones the longest (the most specific, "US-led coalition" over "US"), then the first in order.
     * The spelling returned is the most common one of the chosen name.
     */
    static Optional<String> name(Collection<String> names) {
        Map<TextKey, List<String>> byKey = names.stream().filter(n -> !TextKey.of(n).isEmpty())
                .collect(Collectors.groupingBy(TextKey::of));
        return byKey.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<TextKey, List<String>> e) -> -e.getValue().size())
                        .thenComparingInt(e -> -e.getKey().value().length())
                        .thenComparing(e -> e.getKey().value()))
                .flatMap(e -> mostCommon(e.getValue()));
    }

    private static Optional<String> mostCommon(List<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        return counts.keySet().stream().min(Comparator.comparingLong((String v) -> -counts.get(v)).thenComparing(v -> v));
    }
}
