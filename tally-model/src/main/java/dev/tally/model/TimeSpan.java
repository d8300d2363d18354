package dev.tally.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a claim's harm happened: the time expression as written and the days it resolves to,
 * both inclusive ({@code start == end} for one day). Text without resolved days means the
 * expression was found but could not be resolved (no publication date, say).
 */
public record TimeSpan(Optional<String> text, Optional<LocalDate> start, Optional<LocalDate> end) {
    public static final TimeSpan UNKNOWN = new TimeSpan(Optional.empty(), Optional.empty(), Optional.empty());

    public TimeSpan {
        if (start.isPresent() != end.isPresent()) throw new IllegalArgumentException("start and end must both be set or both be empty");
        if (start.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("end must not be before start; got " + start.get() + " > " + end.get());
        }
    }

    public static TimeSpan of(String text, LocalDate start, LocalDate end) {
        return new TimeSpan(Optional.of(text), Optional.of(start), Optional.of(end));
    }

    public static TimeSpan unresolved(String text) {
        return new TimeSpan(Optional.of(text), Optional.empty(), Optional.empty());
    }
}
