package dev.tally.extract.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells a calendar date written without its year ("On 9 October", "October 12th") from a relative one ("last Friday"). */
final class CalendarDates {
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b\\.?");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Set<String> RELATIVE = Set.of("last", "this", "next", "ago", "yesterday", "today", "tomorrow",
            "earlier", "later", "since", "past", "previous", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private CalendarDates() {
    }

    static boolean yearless(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!MONTH.matcher(lower).find() || YEAR.matcher(lower).find()) return false;
        boolean day = lower.chars().anyMatch(Character::isDigit); // "Saturday October 14th" names its day
        for (String word : NOT_LETTERS.split(lower)) {
            if (RELATIVE.contains(word) && !(day && WEEKDAYS.contains(word))) return false;
        }
        return true;
    }
}
