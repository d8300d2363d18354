package dev.tally.extract.time;

/** How precise a {@link TimeMention} is, as written. */
public enum Granularity {
    /** One day ("on Monday", "March 17", "yesterday"). */
    DAY,
    /** A Saturday and Sunday ("last weekend"). */
    WEEKEND,
    /** A Monday-to-Sunday week ("last week"). */
    WEEK,
    /** A calendar month ("in March", "last month"). */
    MONTH,
    /** A calendar year ("in 2014", "last year"). */
    YEAR,
    /** Any other stretch: a part of a month or year, a range, "since ...", "over the past two years". */
    PERIOD
}
