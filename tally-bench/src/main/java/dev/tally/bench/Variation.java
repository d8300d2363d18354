package dev.tally.bench;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;

/**
 * How one synthetic document differs from the article it is made from: which city stands for
 * which, how many days its dates move, and how its figures change. Pure data with pure functions,
 * so the same variation rewrites an article's text and its claims' sentences alike. Immutable.
 *
 * @param cities     city name in the article to the city that replaces it
 * @param published  the article's own publication date, against which year-less dates are read
 * @param dayOffset  days every date moves (the new publication date is {@code published + dayOffset})
 * @param figureSeed chooses how each figure changes
 */
record Variation(Map<String, String> cities, LocalDate published, int dayOffset, long figureSeed) {
    /** Years this far from the publication year are history ("the invasion of 2003") and stay. */
    private static final int RECENT_YEARS = 4;

    Variation {
        cities = Map.copyOf(cities);
    }

    LocalDate newPublished() {
        return published.plusDays(dayOffset);
    }

    LocalDate shift(LocalDate date) {
        return date.plusDays(dayOffset);
    }

    /** True for a year close to publication, which moves with the dates; older years stay. */
    boolean recent(int year) {
        return year >= published.getYear() - RECENT_YEARS && year <= published.getYear() + 1;
    }

    /** How far a recent year moves: the whole years between the old and the new publication date. */
    int shiftYear(int year) {
        return year + newPublished().getYear() - published.getYear();
    }

    /**
     * The day a year-less date ("March 17") means in the article: the latest such day that is not
     * more than a month after publication (a month's slack for announced events); empty for a day
     * the month does not have.
     */
    Optional<LocalDate> dayOf(Month month, int day) {
        int year = published.getYear();
        if (day < 1 || day > month.maxLength() || (month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(year))) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        return Optional.of(date.isAfter(published.plusDays(31)) ? date.minusYears(1) : date);
    }

    /** The figure that replaces {@code n}: within about -20% to +25%, the same for the same n; 0, 1 and 2 stay. */
    long figure(long n) {
        if (n <= 2) return n;
        long h = mix(figureSeed ^ (n * 0x9E3779B97F4A7C15L));
        double unit = (h >>> 11) * 0x1.0p-53;
        return Math.max(1, Math.round(n * (0.8 + 0.45 * unit)));
    }

    /** SplitMix64's finalizer: a well-spread hash of a long. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
