package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Ago;
import dev.tally.extract.time.Expr.Day;
import dev.tally.extract.time.Expr.Direction;
import dev.tally.extract.time.Expr.Lookback;
import dev.tally.extract.time.Expr.MonthOf;
import dev.tally.extract.time.Expr.NotDate;
import dev.tally.extract.time.Expr.Part;
import dev.tally.extract.time.Expr.Range;
import dev.tally.extract.time.Expr.Relative;
import dev.tally.extract.time.Expr.Since;
import dev.tally.extract.time.Expr.Unit;
import dev.tally.extract.time.Expr.Weekday;
import dev.tally.extract.time.Expr.YearOf;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Places an {@link Expr} on the calendar. News is past tense, so a date without a year is the
 * latest such date on or before publication, unless a year named in the same sentence says
 * otherwise; a weekday is the latest one on or before publication ("last Monday": before it).
 * Pure functions: thread-safe.
 */
final class Resolver {
    /** Inclusive days. */
    record Interval(LocalDate from, LocalDate to) {}

    /** What a mention is resolved against: the publication date and a year named near it. */
    record Context(Optional<LocalDate> published, OptionalInt year) {}

    /** Yearless dates are looked for this many years back (February 29 may need eight). */
    private static final int YEARS_TO_SEARCH = 8;

    private Resolver() {}

    static Optional<Interval> resolve(Expr e, Context c) {
        try {
            Interval i = interval(e, c);
            return i == null || i.to.isBefore(i.from) ? Optional.empty() : Optional.of(i);
        } catch (DateTimeException | ArithmeticException outOfCalendar) {
            // Only a publication date near the ends of LocalDate's range gets here: there is no answer to give.
            return Optional.empty();
        }
    }

    static Granularity granularity(Expr e) {
        if (e instanceof Day || e instanceof Weekday) return Granularity.DAY;
        if (e instanceof MonthOf m) return m.part() == Part.WHOLE ? Granularity.MONTH : Granularity.PERIOD;
        if (e instanceof YearOf y) return y.part() == Part.WHOLE ? Granularity.YEAR : Granularity.PERIOD;
        if (e instanceof Relative r) return r.part() == Part.WHOLE ? unitGranularity(r.unit()) : Granularity.PERIOD;
        if (e instanceof Ago a) return a.min() == a.max() ? unitGranularity(a.unit()) : Granularity.PERIOD;
        if (e instanceof NotDate n) return n.kind() == MentionKind.CLOCK ? Granularity.DAY : Granularity.PERIOD;
        return Granularity.PERIOD;
    }

    private static Granularity unitGranularity(Unit u) {
        return switch (u) {
            case DAY, HOUR, MINUTE, SECOND -> Granularity.DAY;
            case WEEK -> Granularity.WEEK;
            case WEEKEND -> Granularity.WEEKEND;
            case MONTH -> Granularity.MONTH;
            case YEAR -> Granularity.YEAR;
            case DECADE -> Granularity.PERIOD;
        };
    }

    /** The interval, or null when it cannot be known. */
    private static Interval interval(Expr e, Context c) {
        Optional<LocalDate> pub = c.published();
        if (e instanceof Day d) return day(d, c);
        if (e instanceof MonthOf m) return month(m, c);
        if (e instanceof YearOf y) return yearPart(y.year(), y.part());
        if (e instanceof NotDate) return null;
        if (e instanceof Range r) return range(r, c);
        if (pub.isEmpty()) return null;
        LocalDate p = pub.get();
        if (e instanceof Weekday w) return single(Periods.weekday(p, w.day(), w.direction()));
        if (e instanceof Relative r) return Periods.relative(p, r.unit(), r.offset(), r.part());
        if (e instanceof Ago a) return Periods.ago(p, a.unit(), a.min(), a.max());
        // "the last five days" are five days, today among them; "the past month" runs from this day a month ago
        if (e instanceof Lookback l) return new Interval(l.unit() == Unit.DAY ? p.minusDays(Math.max(0, l.count() - 1)) : Periods.minus(p, l.unit(), l.count()), p);
        if (e instanceof Since s) return since(s, c, p);
        throw new IllegalStateException("every Expr must be handled; got " + e);
    }

    private static Interval single(LocalDate d) {
        return new Interval(d, d);
    }

    private static Interval day(Day d, Context c) {
        OptionalInt year = d.year().isPresent() ? d.year() : c.year();
        if (year.isPresent()) return CalendarGrammar.isValid(year.getAsInt(), d.month(), d.day()) ? single(LocalDate.of(year.getAsInt(), d.month(), d.day())) : null;
        return c.published().map(p -> occurrence(d, p, true)).orElse(null);
    }

    private static Interval month(MonthOf m, Context c) {
        OptionalInt year = m.year().isPresent() ? m.year() : m.direction() == Direction.RECENT ? c.year() : OptionalInt.empty();
        if (year.isPresent()) return monthPart(YearMonth.of(year.getAsInt(), m.month()), m.part());
        if (c.published().isEmpty()) return null;
        LocalDate p = c.published().get();
        int y = switch (m.direction()) {
            case RECENT -> m.month() <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
            case PREVIOUS -> m.month() < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
            case NEXT -> m.month() > p.getMonthValue() ? p.getYear() : p.getYear() + 1;
        };
        return monthPart(YearMonth.of(y, m.month()), m.part());
    }

    /**
     * The latest occurrence of a yearless day or month that starts on or before {@code anchor}
     * ({@code before}), or the earliest that ends on or after it.
     */
    private static Interval occurrence(Expr yearless, LocalDate anchor, boolean before) {
        for (int k = 0; k <= YEARS_TO_SEARCH; k++) {
            int y = before ? anchor.getYear() - k : anchor.getYear() + k;
            Interval i = yearless instanceof Day d
                    ? (CalendarGrammar.isValid(y, d.month(), d.day()) ? single(LocalDate.of(y, d.month(), d.day())) : null)
                    : monthPart(YearMonth.of(y, ((MonthOf) yearless).month()), ((MonthOf) yearless).part());
            if (i != null && (before ? !i.from.isAfter(anchor) : !i.to.isBefore(anchor))) return i;
        }
        return null;
    }

    private static boolean isYearless(Expr e) {
        return (e instanceof Day d && d.year().isEmpty()) || (e instanceof MonthOf m && m.year().isEmpty() && m.direction() == Direction.RECENT);
    }

    /** A yearless end takes its year from the other end: "from September 2014 through February", "between October and June 3, 2017". */
    private static Interval range(Range r, Context c) {
        Interval from;
        Interval to;
        if (isYearless(r.to()) && !isYearless(r.from())) {
            from = interval(r.from(), c);
            to = from == null ? null : occurrence(r.to(), from.from, false);
        } else {
            to = interval(r.to(), c);
            from = to == null ? null : isYearless(r.from()) ? occurrence(r.from(), to.to, true) : interval(r.from(), c);
        }
        return from == null || to == null ? null : new Interval(from.from, to.to);
    }

    /** From the start of what follows "since" to publication; "mid-month" starts on the 15th. */
    private static Interval since(Since s, Context c, LocalDate published) {
        Interval start = interval(s.from(), c);
        if (start == null) return null;
        LocalDate from = start.from;
        if (s.from() instanceof MonthOf m && m.part() == Part.MID) from = from.withDayOfMonth(15);
        if (s.from() instanceof YearOf y && y.part() == Part.MID) from = LocalDate.of(y.year(), 7, 1);
        return new Interval(from, published);
    }

    /** Whole month, or days 1-10, 11-20, 21-end. */
    static Interval monthPart(YearMonth ym, Part part) {
        return switch (part) {
            case EARLY -> new Interval(ym.atDay(1), ym.atDay(10));
            case MID -> new Interval(ym.atDay(11), ym.atDay(20));
            case LATE -> new Interval(ym.atDay(21), ym.atEndOfMonth());
            case WHOLE, TO_DATE -> new Interval(ym.atDay(1), ym.atEndOfMonth());
        };
    }

    /** Whole year, or January-April, May-August, September-December. */
    static Interval yearPart(int year, Part part) {
        return switch (part) {
            case EARLY -> new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
            case MID -> new Interval(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
            case LATE -> new Interval(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
            case WHOLE, TO_DATE -> new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        };
    }
}
