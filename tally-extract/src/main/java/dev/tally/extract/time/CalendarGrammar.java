package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Day;
import dev.tally.extract.time.Expr.Direction;
import dev.tally.extract.time.Expr.MonthOf;
import dev.tally.extract.time.Expr.Part;
import dev.tally.extract.time.Expr.YearOf;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Calendar dates as written: days ("March 17", "17 March 2017", "Tuesday, October 10, 2023",
 * "the 25th of October 2023", "2017-03-17", "11.10.2017"), months ("March 2003", "in March",
 * "mid-February", "last October"), years ("in 2014", "late 2016") and decades ("the 1980s").
 *
 * <p>Month and weekday names count only when capitalized, so "march" and "may" as verbs are not
 * read; abbreviations ("Oct.", "Wed") and bare month names or years need a day, a year or a
 * licensing word before them ({@link TimeLexicon#licensors}), so "May God ..." or "2003 people"
 * are not dates. Methods return null when nothing matches: this is the scanner's inner loop.
 * Stateless and thread-safe.
 */
final class CalendarGrammar {
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** Words a calendar expression can start with; numbers aside. */
    private static final int STARTS = TimeLexicon.MONTH | TimeLexicon.WEEKDAY | TimeLexicon.PART | TimeLexicon.GRAMMAR;

    private final TimeLexicon lex;

    CalendarGrammar(TimeLexicon lex) {
        this.lex = lex;
    }

    /** The longest calendar expression at {@code i}; {@code licensed} lets a bare month or year count. */
    Match at(Tokens t, int i, boolean licensed) {
        if (!t.isNum(i) && !t.has(i, STARTS)) return null;
        boolean lic = licensed || licensedByPrevious(t, i);
        Match best = numeric(t, i);
        best = Match.longer(best, weekdayFirst(t, i));
        best = Match.longer(best, monthFirst(t, i, lic));
        best = Match.longer(best, dayFirst(t, i));
        best = Match.longer(best, part(t, i));
        best = Match.longer(best, directedMonth(t, i));
        if (lic && t.isYear(i) && !followedByClockOrUnit(t, i + 1)) best = Match.longer(best, new Match(i + 1, new YearOf(t.value(i), Part.WHOLE)));
        return Match.longer(best, decade(t, i));
    }

    /** "the 1980s", "1980's": ten years. */
    private static Match decade(Tokens t, int at) {
        int i = t.isWord(at, "the") ? at + 1 : at;
        if (!t.isYear(i) || t.value(i) % 10 != 0) return null;
        int j = t.isPunct(i + 1, "'") && t.adjacent(i + 1) ? i + 2 : i + 1;
        if (!t.isWord(j, "s") || !t.adjacent(j)) return null;
        int y = t.value(i);
        return new Match(j + 1, new Expr.Range(new YearOf(y, Part.WHOLE), new YearOf(y + 9, Part.WHOLE)));
    }

    private static boolean licensedByPrevious(Tokens t, int i) {
        return t.has(i - 1, TimeLexicon.LICENSOR);
    }

    /** Month number of a capitalized month name at {@code i} (abbreviations only if allowed), else 0. */
    static int month(Tokens t, int i, boolean abbreviations) {
        int f = t.flags(i);
        if ((f & TimeLexicon.MONTH) == 0 || !t.isCapitalized(i)) return 0;
        return abbreviations || (f & TimeLexicon.MONTH_ABBR) == 0 ? f & TimeLexicon.MONTH_BITS : 0;
    }

    /** Token after a month name, past the full stop of an abbreviation ("Oct."). */
    private static int afterMonth(Tokens t, int i) {
        return t.has(i, TimeLexicon.MONTH_ABBR) && t.isPunct(i + 1, ".") && t.adjacent(i + 1) ? i + 2 : i + 1;
    }

    /** A day of the month: one or two digits (or an ordinal like "7th"), 1 to 31. */
    static boolean isDayNumber(Tokens t, int i) {
        int v = t.value(i);
        return v >= 1 && v <= 31 && t.digits(i) <= 2;
    }

    static boolean validDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
    }

    /** "March 17", "Oct. 12, 2017", "October 7th 2023", "March 2003", bare "March" when licensed. */
    Match monthFirst(Tokens t, int i, boolean licensed) {
        int m = month(t, i, true);
        if (m == 0) return null;
        int j = afterMonth(t, i);
        if (isDayNumber(t, j) && validDay(m, t.value(j)) && !followedByClockOrUnit(t, j + 1)) {
            return withYear(t, j + 1, m, t.value(j));
        }
        Match fused = fusedDayAndYear(t, j, m);
        if (fused != null) return fused;
        if (t.isYear(j) && !followedByClockOrUnit(t, j + 1)) return new Match(j + 1, new MonthOf(OptionalInt.of(t.value(j)), m, Part.WHOLE, Direction.RECENT));
        if (t.isPunct(j, ",") && t.isYear(j + 1)) return new Match(j + 2, new MonthOf(OptionalInt.of(t.value(j + 1)), m, Part.WHOLE, Direction.RECENT));
        boolean bare = !t.has(i, TimeLexicon.MONTH_ABBR);
        return bare && licensed ? new Match(i + 1, new MonthOf(OptionalInt.empty(), m, Part.WHOLE, Direction.RECENT)) : null;
    }

    /**
     * "Jul 282016": "Jul 28, 2016" with its comma lost in copying, the day and year run into one
     * number of five or six digits whose last four are a year.
     */
    private static Match fusedDayAndYear(Tokens t, int j, int m) {
        int digits = t.digits(j);
        if (digits < 5 || digits > 6 || t.isOrdinal(j) || followedByClockOrUnit(t, j + 1)) return null;
        int v = t.value(j);
        int year = v % 10000;
        int d = v / 10000;
        if (year < 1900 || year > 2100) return null;
        return day(j + 1, year, m, d);
    }

    /** "17 March 2017", "7th October, 2023", "the 25th of October 2023", "12 Oct". */
    Match dayFirst(Tokens t, int i) {
        int j = i;
        boolean the = t.isWord(j, "the");
        if (the) j++;
        if (!isDayNumber(t, j) || (the && !t.isOrdinal(j))) return null;
        int d = t.value(j);
        int k = t.isWord(j + 1, "of") ? j + 2 : j + 1;
        int m = month(t, k, true);
        if (m == 0 || !validDay(m, d)) return null;
        int after = afterMonth(t, k);
        // "killed 12 March 17": the month has its own day, so the number before it is a count.
        if (isDayNumber(t, after) && !t.isYear(after + 1)) return null;
        return withYear(t, after, m, d);
    }

    /** A day followed by an optional year: "17, 2017", "17 2017", "17,2017". */
    private Match withYear(Tokens t, int j, int m, int d) {
        if (t.isYear(j) && !followedByClockOrUnit(t, j + 1)) return day(j + 1, t.value(j), m, d);
        if (t.isPunct(j, ",") && t.isYear(j + 1) && !followedByClockOrUnit(t, j + 2)) return day(j + 2, t.value(j + 1), m, d);
        return new Match(j, new Day(OptionalInt.empty(), m, d));
    }

    private static Match day(int end, int year, int m, int d) {
        return isValid(year, m, d) ? new Match(end, new Day(OptionalInt.of(year), m, d)) : null;
    }

    static boolean isValid(int year, int m, int d) {
        return validDay(m, d) && (m != 2 || d != 29 || java.time.Year.isLeap(year));
    }

    /** "Tuesday, October 10, 2023", "Wed 05 Apr 2017", "Sunday 29 October": a day named with its weekday. */
    Match weekdayFirst(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.WEEKDAY) || !t.isCapitalized(i)) return null;
        int j = i + 1;
        if ((t.isPunct(j, ",") || t.isPunct(j, ".")) && t.adjacent(j)) j++;
        Match inner = Match.longer(monthFirst(t, j, false), dayFirst(t, j));
        inner = Match.longer(inner, numeric(t, j));
        return inner != null && inner.expr() instanceof Day ? inner : null;
    }

    /** "early May", "mid-February", "late 2016", "mid-2012", "the end of March 2017". */
    Match part(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.PART)) return null;
        Optional<PhraseTrie.Hit<Part>> hit = lex.parts.match(t, i);
        if (hit.isEmpty()) return null;
        int j = hit.get().end();
        if (t.isPunct(j, "-") && t.adjacent(j)) j++;
        Part part = hit.get().value();
        if (t.isYear(j) && !followedByClockOrUnit(t, j + 1)) return new Match(j + 1, new YearOf(t.value(j), part));
        Match month = monthFirst(t, j, true);
        if (month == null || !(month.expr() instanceof MonthOf mo)) return null;
        return new Match(month.end(), new MonthOf(mo.year(), mo.month(), part, Direction.RECENT));
    }

    /** "last October", "this March", "next May". */
    Match directedMonth(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.GRAMMAR)) return null; // not "last", "this" or "next": spares making a number's key
        Direction direction = switch (t.key(i)) {
            case "last" -> Direction.PREVIOUS;
            case "this" -> Direction.RECENT;
            case "next" -> Direction.NEXT;
            default -> null;
        };
        int m = direction == null ? 0 : month(t, i + 1, false);
        if (m == 0 || isDayNumber(t, i + 2) || t.isYear(i + 2)) return null;
        return new Match(i + 2, new MonthOf(OptionalInt.empty(), m, Part.WHOLE, direction));
    }

    /** "2017-03-17", "2017/03/17", "11.10.2017", "27-02-2016", "3/17/2017": digits joined by one separator. */
    Match numeric(Tokens t, int i) {
        if (!t.isNum(i) || !t.isNum(i + 2) || !t.isNum(i + 4) || t.isOrdinal(i + 4)) return null;
        if (!t.adjacent(i + 1) || !t.adjacent(i + 2) || !t.adjacent(i + 3) || !t.adjacent(i + 4)) return null;
        String sep = t.key(i + 1);
        if (!sep.equals(t.key(i + 3)) || !(sep.equals("-") || sep.equals("/") || sep.equals("."))) return null;
        if (t.isNum(i + 6) && t.adjacent(i + 5) && t.adjacent(i + 6)) return null; // a longer number chain: an IP, a version
        int a = t.value(i);
        int b = t.value(i + 2);
        int c = t.value(i + 4);
        if (t.isYear(i) && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2) return day(i + 5, a, b, c);
        if (!t.isYear(i + 4) || t.digits(i) > 2 || t.digits(i + 2) > 2) return null;
        // Day first, the way most of the world writes it; a slash date that only works month first is read so.
        if (isValid(c, b, a)) return day(i + 5, c, b, a);
        return sep.equals("/") ? day(i + 5, c, a, b) : null;
    }

    /** Whether a number is followed by a clock or unit word or a street block, which makes it no day or year ("17 people" is fine; "2017 hours" is not a year). */
    private static boolean followedByClockOrUnit(Tokens t, int j) {
        if (t.isPunct(j, ":") && t.adjacent(j) && t.isNum(j + 1)) return true;
        return t.has(j, TimeLexicon.UNIT) || t.isWord(j, "am") || t.isWord(j, "pm") || t.isWord(j, "gmt")
                // "in the 1900 block of Maryland Avenue": a house number, no year
                || t.isWord(j, "block") || t.isWord(j, "blocks");
    }
}
