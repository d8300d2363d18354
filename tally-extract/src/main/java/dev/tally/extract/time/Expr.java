package dev.tally.extract.time;

import java.time.DayOfWeek;
import java.util.OptionalInt;

/**
 * What a time expression means before it is placed on the calendar: the grammar builds these,
 * {@link Resolver} turns them into days once the publication date and the sentence's year are known.
 */
sealed interface Expr {

    /** Units that relative expressions count in. */
    enum Unit { DAY, WEEK, WEEKEND, MONTH, YEAR, DECADE, HOUR, MINUTE, SECOND }

    /** Which part of a period: all of it, a third of it, or its start up to publication. */
    enum Part { WHOLE, EARLY, MID, LATE, TO_DATE }

    /** How a weekday is placed: the latest on or before publication, the latest before it, or the next after it. */
    enum Direction { RECENT, PREVIOUS, NEXT }

    /** A calendar day: "March 17", "17 March 2017", "2017-03-17". */
    record Day(OptionalInt year, int month, int day) implements Expr {}

    /** A month or part of one: "in March", "March 2003", "mid-February", "last October". */
    record MonthOf(OptionalInt year, int month, Part part, Direction direction) implements Expr {}

    /** A calendar year or part of one: "in 2014", "late 2016", "mid-2012". */
    record YearOf(int year, Part part) implements Expr {}

    /** A weekday: "on Monday", "last Friday". */
    record Weekday(DayOfWeek day, Direction direction) implements Expr {}

    /** A period counted from publication: "yesterday", "last weekend", "earlier this month". */
    record Relative(Unit unit, int offset, Part part) implements Expr {}

    /** "two days ago", "several weeks ago": {@code min..max} units before publication. */
    record Ago(Unit unit, int min, int max) implements Expr {}

    /** A stretch that ends at publication: "over the past two years", "for nine months". */
    record Lookback(Unit unit, int count) implements Expr {}

    /** From a point up to publication: "since mid-February". */
    record Since(Expr from) implements Expr {}

    /** "between October 2016 and June 3", "from September 2014 through February", "2014-2016". */
    record Range(Expr from, Expr to) implements Expr {}

    /** Found but not a date: an age, a duration, a clock time. */
    record NotDate(MentionKind kind) implements Expr {}
}
