package dev.tally.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages and feeds write it: ISO 8601 dates and timestamps
 * ({@code 2017-06-23}, {@code 2017-06-23T08:15:00+03:00}, {@code 2017/06/23}), RFC 822 feed dates
 * ({@code Fri, 23 Jun 2017 08:15:00 +0300}) and English written dates ({@code 23 June 2017},
 * {@code June 23, 2017}). The date is the calendar day as written, in the writer's own time zone: converting
 * to UTC could move it a day, and "on Monday" in the article counts from the outlet's day.
 * Stateless and thread-safe.
 */
final class DateText {
    private static final Pattern ISO = Pattern.compile("\\A(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![A-Za-z])([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])");
    private static final Map<String, Month> MONTHS = months();

    private DateText() {
    }

    /** The day the text names, or empty when it names none or an impossible one (2017-02-30). */
    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt()) {
            return date(iso.group(1), month(iso.group(2)), iso.group(3));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.find()) {
            return date(dmy.group(3), named(dmy.group(2)), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        if (mdy.find()) {
            return date(mdy.group(3), named(mdy.group(1)), mdy.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, Optional<Month> month, String day) {
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month.get(), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Month> month(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 12 ? Optional.of(Month.of(n)) : Optional.empty();
    }

    private static Optional<Month> named(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new java.util.HashMap<>();
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            months.put(full, m);
            months.put(full.substring(0, 3), m);
        }
        months.put("sept", Month.SEPTEMBER);
        return Map.copyOf(months);
    }
}
