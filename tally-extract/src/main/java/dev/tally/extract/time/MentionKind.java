package dev.tally.extract.time;

/**
 * What a {@link TimeMention} is. Only {@link #DATE} mentions can date harm; the others are found
 * so that callers do not mistake their numbers for counts or dates ("aged 14", "10 minutes",
 * "6:30 a.m.").
 */
public enum MentionKind {
    /** A day, week, month, year or period on the calendar. */
    DATE,
    /** A person's age: "aged 14", "a 14-year-old". */
    AGE,
    /** A length of time that is not placed on the calendar: "within 10 minutes", "a three-day truce". */
    DURATION,
    /** A time of day: "6:30 a.m.", "3 PM", "16:00". */
    CLOCK
}
