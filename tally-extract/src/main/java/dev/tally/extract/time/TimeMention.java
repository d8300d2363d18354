package dev.tally.extract.time;

import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in a text, with the days it stands for.
 *
 * <p>{@code [start, end)} is a half-open range of UTF-16 offsets into the text that was searched,
 * and {@code text} is exactly that substring. The text is what a reader would quote: it keeps a
 * leading preposition ("on Monday", "since mid-February", "in March") and, when a date names an
 * event, the event ("in the March 17 attack"); prepositions that would change the meaning if
 * dropped from a quote but are not part of the date ("after", "before", "until") are left out.
 *
 * <p>{@code from} and {@code to} are inclusive and both present or both empty: empty when the
 * expression needs a publication date (or a year) that was not known, and always empty for
 * mentions whose {@code kind} is not {@link MentionKind#DATE} (ages, durations, clock times).
 */
public record TimeMention(int start, int end, String text, Optional<LocalDate> from, Optional<LocalDate> to,
                          Granularity granularity, MentionKind kind) {
    public TimeMention {
        if (start < 0) throw new IllegalArgumentException("start must be >= 0; got " + start);
        if (end < start) throw new IllegalArgumentException("end must be >= start; got " + end + " < " + start);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text must be end - start = " + (end - start) + " chars long; got " + text.length());
        }
        if (from.isPresent() != to.isPresent()) throw new IllegalArgumentException("from and to must both be set or both be empty");
        if (from.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("to must not be before from; got " + from.get() + " > " + to.get());
        }
        if (from.isPresent() && kind != MentionKind.DATE) throw new IllegalArgumentException("only DATE mentions have days; got " + kind);
    }

    /** A calendar mention ({@link MentionKind#DATE}). */
    public TimeMention(int start, int end, String text, Optional<LocalDate> from, Optional<LocalDate> to, Granularity granularity) {
        this(start, end, text, from, to, granularity, MentionKind.DATE);
    }

    public Span span() {
        return new Span(start, end);
    }

    /** Whether this mention can date something: a calendar expression, not an age, duration or clock time. */
    public boolean isDate() {
        return kind == MentionKind.DATE;
    }

    /** Whether the days are known. */
    public boolean isResolved() {
        return from.isPresent();
    }

    /** The claim-level form: the text as written with its days, or unresolved text. */
    public TimeSpan toTimeSpan() {
        return new TimeSpan(Optional.of(text), from, to);
    }
}
