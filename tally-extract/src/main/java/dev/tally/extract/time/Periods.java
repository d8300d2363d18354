package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Direction;
import dev.tally.extract.time.Expr.Part;
import dev.tally.extract.time.Expr.Unit;
import dev.tally.extract.time.Resolver.Interval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Calendar periods counted from a publication date: weekdays, ISO weeks (Monday to Sunday),
 * weekends, months and years. Pure functions: thread-safe.
 */
final class Periods {
    private Periods() {}

    /** The latest {@code day} on or before {@code p} (RECENT), strictly before it (PREVIOUS), or the first after it (NEXT). */
    static LocalDate weekday(LocalDate p, DayOfWeek day, Direction direction) {
        int back = Math.floorMod(p.getDayOfWeek().getValue() - day.getValue(), 7);
        return switch (direction) {
            case RECENT -> p.minusDays(back);
            case PREVIOUS -> p.minusDays(back == 0 ? 7 : back);
            case NEXT -> p.plusDays(back == 0 ? 7 : 7 - back);
        };
    }

    /** {@code offset} units from the one holding {@code p}, or the part of it that {@code part} names. */
    static Interval relative(LocalDate p, Unit unit, int offset, Part part) {
        Interval whole = switch (unit) {
            case DAY -> new Interval(p.plusDays(offset), p.plusDays(offset));
            case WEEK -> week(p.plusWeeks(offset));
            case WEEKEND -> weekend(p, offset);
            case MONTH -> Resolver.monthPart(YearMonth.from(p).plusMonths(offset), Part.WHOLE);
            case YEAR -> Resolver.yearPart(p.getYear() + offset, Part.WHOLE);
            default -> null;
        };
        if (whole == null || part == Part.WHOLE) return whole;
        if (part == Part.TO_DATE) return whole.from().isAfter(p) ? null : new Interval(whole.from(), p);
        return switch (unit) {
            case MONTH -> Resolver.monthPart(YearMonth.from(whole.from()), part);
            case YEAR -> Resolver.yearPart(whole.from().getYear(), part);
            case WEEK -> thirdOfWeek(whole.from(), part);
            default -> whole;
        };
    }

    private static Interval week(LocalDate d) {
        LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1L);
        return new Interval(monday, monday.plusDays(6));
    }

    /** Monday-Tuesday, Wednesday-Thursday, Friday-Sunday. */
    private static Interval thirdOfWeek(LocalDate monday, Part part) {
        return switch (part) {
            case EARLY -> new Interval(monday, monday.plusDays(1));
            case MID -> new Interval(monday.plusDays(2), monday.plusDays(3));
            default -> new Interval(monday.plusDays(4), monday.plusDays(6));
        };
    }

    /**
     * Offset 0: the weekend holding {@code p}, or the latest before it on a weekday. Offset -1
     * ("last weekend"): the latest whose Sunday is before {@code p}. Others count whole weeks on.
     */
    private static Interval weekend(LocalDate p, int offset) {
        int sinceSunday = p.getDayOfWeek().getValue() % 7;
        LocalDate previousSunday = p.minusDays(sinceSunday == 0 ? 7 : sinceSunday);
        LocalDate sunday;
        if (offset < 0) {
            sunday = previousSunday.plusWeeks(offset + 1L);
        } else {
            boolean inWeekend = p.getDayOfWeek() == DayOfWeek.SATURDAY || p.getDayOfWeek() == DayOfWeek.SUNDAY;
            LocalDate current = inWeekend ? p.plusDays(p.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 0) : previousSunday;
            sunday = current.plusWeeks(offset);
        }
        return new Interval(sunday.minusDays(1), sunday);
    }

    /** "{@code min..max} units ago", as whole calendar units where the unit is one. */
    static Interval ago(LocalDate p, Unit unit, int min, int max) {
        return switch (unit) {
            case WEEK -> new Interval(week(p.minusWeeks(max)).from(), week(p.minusWeeks(min)).to());
            case MONTH -> new Interval(YearMonth.from(p.minusMonths(max)).atDay(1), YearMonth.from(p.minusMonths(min)).atEndOfMonth());
            case YEAR -> new Interval(LocalDate.of(p.getYear() - max, 1, 1), LocalDate.of(p.getYear() - min, 12, 31));
            default -> new Interval(minus(p, unit, max), minus(p, unit, min));
        };
    }

    /** {@code p} less {@code n} units; hours count as started days, shorter units as none. */
    static LocalDate minus(LocalDate p, Unit unit, int n) {
        return switch (unit) {
            case DAY -> p.minusDays(n);
            case WEEK, WEEKEND -> p.minus(n, ChronoUnit.WEEKS);
            case MONTH -> p.minusMonths(n);
            case YEAR -> p.minusYears(n);
            case DECADE -> p.minusYears(10L * n);
            case HOUR -> p.minusDays((n + 23L) / 24);
            case MINUTE, SECOND -> p;
        };
    }
}
