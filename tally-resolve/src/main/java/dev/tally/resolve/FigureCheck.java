package dev.tally.resolve;

import dev.tally.model.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document's figure for one outcome of an incident beside what the other independent sources
 * of that incident give. The figure is the largest the document gives for the outcome (its total,
 * not a part such as "three of them children"); an open bound counts as the number stated.
 *
 * @param incident   the incident's key
 * @param date       the incident's first day, when known
 * @param document   the document's row id
 * @param outlet     the document's outlet
 * @param source     whose figure it is: the outlet, or the agency its claimant names
 * @param low        the figure's lower bound (people)
 * @param high       the figure's upper bound (people), {@code >= low}
 * @param othersLow  the lowest figure any other independent source gives
 * @param othersHigh the highest figure any other independent source gives
 * @param others     the other independent sources, sorted
 */
public record FigureCheck(String incident, Optional<LocalDate> date, Outcome outcome, long document, String outlet, String source,
                          long low, long high, long othersLow, long othersHigh, List<String> others, Verdict verdict) {
    /** Within the others' range, allowing {@link #TOLERANCE} of it and at least one person either way. */
    public enum Verdict { WITHIN, ABOVE, BELOW }

    /** How far beyond the others' range a figure may lie and still agree: tolls are revised as the dead are counted. */
    public static final double TOLERANCE = 0.10;

    public FigureCheck {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        others = List.copyOf(others);
        if (others.isEmpty()) throw new IllegalArgumentException("a figure check needs another source; got none");
        if (high < low || othersHigh < othersLow) throw new IllegalArgumentException("ranges must not be reversed; got " + low + ".." + high + " vs " + othersLow + ".." + othersHigh);
    }

    static Verdict verdict(long low, long high, long othersLow, long othersHigh) {
        if (low > othersHigh + Math.max(1, Math.round(othersHigh * TOLERANCE))) return Verdict.ABOVE;
        if (high < othersLow - Math.max(1, Math.round(othersLow * TOLERANCE))) return Verdict.BELOW;
        return Verdict.WITHIN;
    }

    /** "killed 140 where 3 other sources give 105-110" (incident key in brackets). */
    public String reason() {
        String figure = low == high ? Long.toString(low) : low + "-" + high;
        String range = othersLow == othersHigh ? Long.toString(othersLow) : othersLow + "-" + othersHigh;
        String who = others.size() == 1 ? "1 other source (" + others.get(0) + ") gives " : others.size() + " other sources give ";
        return outcome.code() + " " + figure + " where " + who + range + " [" + incident + "]";
    }
}
