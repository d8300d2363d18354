package dev.tally.resolve;

import dev.tally.model.Place;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One document's account of one event: the document's claims that speak of it (repeats inside
 * one article are one report), with the days, place and country they agree on.
 *
 * @param mentions the claims, in text order, all of one outcome family
 * @param days     the days they agree on (see {@link Consensus#days}); when none is dated, the
 *                 {@link #ANCHOR_DAYS} days up to the document's publication (news reports what just
 *                 happened); empty when neither is known
 * @param anchored true when {@code days} come from the publication date, not from the claims
 * @param lent     true when every day the claims give is the first day their article names elsewhere
 *                 ({@link Mention#lentDay}): the event lies between that day and the publication
 * @param country  ISO 3166-1 alpha-2 in lower case, or {@code xx} when no claim names one
 */
record Report(String doc, List<Mention> mentions, Optional<DayRange> days, boolean anchored, boolean lent, Place place, String country) {
    static final String NO_COUNTRY = "xx";
    /** How many days before its publication an undated report's event is taken to lie. */
    static final int ANCHOR_DAYS = 2;
    /** How many days before its publication an undated report's event may lie at most: news tells what happened lately. */
    static final int RECENT_DAYS = 14;
    static final Comparator<Report> TEXT_ORDER = Comparator.comparing((Report r) -> r.first(), Mention.TEXT_ORDER);

    Report {
        mentions = mentions.stream().sorted(Mention.TEXT_ORDER).toList();
        if (mentions.isEmpty()) throw new IllegalArgumentException("[" + doc + "] a report needs at least one claim; got none");
    }

    static Report of(List<Mention> mentions) {
        Place place = Consensus.place(mentions.stream().map(m -> m.claim().place()).toList());
        Optional<DayRange> stated = Consensus.days(mentions.stream().flatMap(m -> m.days().stream()).toList());
        Optional<DayRange> days = stated.or(() -> mentions.get(0).stored().published().map(p -> new DayRange(p.minusDays(ANCHOR_DAYS), p)));
        boolean lent = stated.isPresent() && mentions.stream().filter(m -> m.days().isPresent()).allMatch(Mention::lentDay);
        return new Report(mentions.get(0).doc(), mentions, days, stated.isEmpty() && days.isPresent(), lent, place, country(mentions, place));
    }

    private static String country(List<Mention> mentions, Place place) {
        Optional<String> country = place.country().or(() -> {
            Map<String, Long> counts = mentions.stream().flatMap(m -> m.claim().place().country().stream())
                    .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
            return counts.keySet().stream().min(Comparator.comparingLong((String c) -> -counts.get(c)).thenComparing(c -> c));
        });
        return country.map(c -> c.toLowerCase(Locale.ROOT)).orElse(NO_COUNTRY);
    }

    /**
     * The days an event must touch to be this report's: its own days, or for an {@link #anchored} one
     * the {@link #RECENT_DAYS} before its publication, never after it: no report tells what happened later.
     */
    Optional<DayRange> reach() {
        if (anchored) return days.map(d -> new DayRange(d.end().minusDays(RECENT_DAYS), d.end()));
        return lent() ? days.map(d -> new DayRange(d.start(), first().stored().published().filter(p -> p.isAfter(d.end())).orElse(d.end()))) : days;
    }

    /** The days another document's report is weighed against: the report's own, or for a {@link #lent} one its {@link #reach}. */
    Optional<DayRange> weighedDays() {
        return lent() ? reach() : days;
    }

    /** True when every dated claim of the report names its one day in its own words (see {@link Mention#explicitDay}). */
    boolean explicitDay() {
        return !anchored && mentions.stream().filter(m -> m.days().isPresent()).allMatch(Mention::explicitDay)
                && mentions.stream().anyMatch(m -> m.days().isPresent());
    }

    Mention first() {
        return mentions.get(0);
    }

    OutcomeFamily family() {
        return first().family();
    }

    /** Dated closely enough ({@link DayRange#SHARP_DAYS}) to be compared with other documents by day. */
    boolean sharp() {
        return days.map(DayRange::sharp).orElse(false);
    }

    /** True when the report names a place (a gazetteer name), not only a country ("Syrian Arab Republic") or a description. */
    boolean named() {
        return place.name().isPresent() && place.precision() != Place.Precision.COUNTRY;
    }

    /** The finest part of the place's name without its Arabic article ("sinaa" of "al-Sinaa, Al Qamishli"). */
    Optional<TextKey> placeLeaf() {
        return place.name().map(n -> TextKey.of(n.split(",")[0]).withoutArticle()).filter(k -> !k.isEmpty());
    }

    /** The broadest part of the place's name ("Mosul" of "Al-Jadida, Mosul"), used to block by place. */
    Optional<TextKey> placeRoot() {
        return place.name().map(n -> {
            String[] parts = n.split(",");
            return TextKey.of(parts[parts.length - 1]);
        }).filter(k -> !k.isEmpty());
    }
}
