package dev.tally.resolve;

import dev.tally.model.TimeSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Days from {@code start} to {@code end}, both inclusive: the resolved part of a {@link TimeSpan}. */
record DayRange(LocalDate start, LocalDate end) {
    /**
     * The longest span that still names one event's day closely enough to compare across documents
     * ("last week"); longer spans ("earlier this month") are matched like undated claims.
     */
    static final int SHARP_DAYS = 7;

    DayRange {
        if (end.isBefore(start)) throw new IllegalArgumentException("end must not be before start; got " + start + " > " + end);
    }

    static Optional<DayRange> of(TimeSpan span) {
        return span.start().map(s -> new DayRange(s, span.end().orElseThrow()));
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    boolean sharp() {
        return days() <= SHARP_DAYS;
    }

    /** True when the ranges share a day once each is widened by {@code slack} days on both sides. */
    boolean overlaps(DayRange other, int slack) {
        return !start.minusDays(slack).isAfter(other.end) && !other.start.minusDays(slack).isAfter(end);
    }

    Optional<DayRange> intersect(DayRange other) {
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return e.isBefore(s) ? Optional.empty() : Optional.of(new DayRange(s, e));
    }

    boolean contains(DayRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
