package dev.tally.extract.time;

import dev.tally.model.Span;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date read from a dateline or byline: the day as written, and its year when the
 * text gives one ("BAGHDAD, March 20 (Reuters) -" gives none; the caller may know it from
 * elsewhere and use {@link #withYear(Year)}). {@code span} is half-open into the text searched and
 * {@code text} is what it covers.
 */
public record Dated(Span span, String text, MonthDay monthDay, Optional<Year> year) {
    public Dated {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(monthDay, "monthDay");
        Objects.requireNonNull(year, "year");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text must be as long as span (" + span.length() + "); got " + text.length());
        }
    }

    /** The date, when the year is known and has this day (February 29 needs a leap year). */
    public Optional<LocalDate> date() {
        return year.filter(y -> monthDay.isValidYear(y.getValue())).map(y -> monthDay.atYear(y.getValue()));
    }

    /** The same dateline with a year from elsewhere. */
    public Dated withYear(Year y) {
        return new Dated(span, text, monthDay, Optional.of(y));
    }
}
