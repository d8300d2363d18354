package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Ago;
import dev.tally.extract.time.Expr.Direction;
import dev.tally.extract.time.Expr.Lookback;
import dev.tally.extract.time.Expr.NotDate;
import dev.tally.extract.time.Expr.Relative;
import dev.tally.extract.time.Expr.Unit;
import dev.tally.extract.time.Expr.Weekday;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * Time expressions that count from the publication date, and look-alikes that are no dates:
 * weekdays ("on Monday", "last Friday", "Monday night"), relative phrases from the lexicon
 * ("yesterday", "last weekend", "earlier this month"), counted ones ("two days ago", "over the
 * past two years", "for nine months"), and ages, durations and clock times ("aged 14",
 * "10 minutes", "6:30 a.m."). Methods return null when nothing matches: this is the scanner's
 * inner loop. Stateless and thread-safe.
 */
final class PhraseGrammar {
    /** Counts larger than this are no time spans a report means ("for 5000 years" is history, not harm). */
    private static final int MAX_COUNT = 1000;

    private final TimeLexicon lex;

    PhraseGrammar(TimeLexicon lex) {
        this.lex = lex;
    }

    /** "Monday", "last Friday", "this Tuesday", "early Sunday", "Monday night": full, capitalized names only. */
    Match weekday(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.WEEKDAY | TimeLexicon.GRAMMAR)) return null;
        Direction direction = Direction.RECENT;
        int j = i;
        if (t.isWord(j, "this") && t.isWord(j + 1, "past")) {
            direction = Direction.PREVIOUS;
            j += 2;
        } else if (t.isWord(j, "last") || t.isWord(j, "past")) {
            direction = Direction.PREVIOUS;
            j++;
        } else if (t.isWord(j, "next")) {
            direction = Direction.NEXT;
            j++;
        } else if (t.isWord(j, "this") || t.isWord(j, "early") || t.isWord(j, "late")) {
            j++;
        }
        int f = t.flags(j);
        boolean fullName = (f & TimeLexicon.WEEKDAY) != 0 && (f & TimeLexicon.WEEKDAY_ABBR) == 0 && t.isCapitalized(j);
        if (!fullName) return null;
        DayOfWeek day = DayOfWeek.of((f >> TimeLexicon.WEEKDAY_SHIFT) & 7);
        return new Match(afterDaypart(t, j + 1), new Weekday(day, direction));
    }

    /** Past a part of the day that may follow a day ("Monday night", "yesterday morning"). */
    int afterDaypart(Tokens t, int j) {
        return t.has(j, TimeLexicon.DAYPART) ? j + 1 : j;
    }

    /** A phrase from the lexicon's relative list, not when it is part of a name ("USA Today"). */
    Match relative(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.RELATIVE)) return null;
        Optional<PhraseTrie.Hit<Relative>> hit = lex.relatives.match(t, i);
        if (hit.isEmpty()) return null;
        boolean inName = t.isCapitalized(i) && t.isCapitalized(i - 1) && t.gap(i) == Tokens.SPACE;
        if (inName) return null;
        Relative r = hit.get().value();
        int end = r.unit() == Unit.DAY ? afterDaypart(t, hit.get().end()) : hit.get().end();
        return new Match(end, r);
    }

    /** "early New Year's Day", "on Christmas Eve": a holiday on a fixed day, its year from the publication like "Jan. 1". */
    Match holiday(Tokens t, int i) {
        int j = t.isWord(i, "early") || t.isWord(i, "late") ? i + 1 : i;
        if (!t.has(j, TimeLexicon.HOLIDAY) || !t.isCapitalized(j)) return null; // "the new year" is no holiday
        Optional<PhraseTrie.Hit<Integer>> hit = lex.holidays.match(t, j);
        if (hit.isEmpty()) return null;
        int day = hit.get().value();
        return new Match(afterDaypart(t, hit.get().end()), new Expr.Day(java.util.OptionalInt.empty(), day / 100, day % 100));
    }

    /** "over the past two years", "in the past month", "the past 24 hours": a stretch ending at publication. */
    Match lookback(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.LOOKBACK)) return null;
        Optional<PhraseTrie.Hit<String>> hit = lex.lookbacks.match(t, i);
        if (hit.isEmpty()) return null;
        int j = afterApproximation(t, hit.get().end());
        Counted c = counted(t, j);
        // "killed in less than 24 hours" is a stretch up to the report; "the third attack in less than a week" counts attacks
        boolean bound = hit.get().value().endsWith(" than") || hit.get().value().endsWith(" under");
        if (bound && (c == null || c.unit != Unit.HOUR)) return null;
        if (c != null) return c.isDate() ? new Match(c.end, new Lookback(c.unit, c.max)) : null;
        Unit unit = lex.units.get(t.key(j));
        boolean singular = unit != null && !t.key(j).endsWith("s");
        if (singular) return new Match(j + 1, new Lookback(unit, 1));
        // "in recent days": as far back as such words reach
        boolean recent = unit != null && hit.get().value().endsWith("recent");
        return recent ? new Match(j + 1, new Lookback(unit, RECENT_REACH.getOrDefault(unit, 1))) : null;
    }

    /** How many units "in recent days", "in recent weeks", "in recent months" reach back. */
    private static final java.util.Map<Unit, Integer> RECENT_REACH = java.util.Map.of(Unit.DAY, 7, Unit.WEEK, 4, Unit.MONTH, 6, Unit.YEAR, 3);

    /** "for nine months", "during the three years", "in the nearly nine months": a count ending at publication. */
    Match extent(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.EXTENT)) return null;
        Optional<PhraseTrie.Hit<String>> hit = lex.extents.match(t, i);
        if (hit.isEmpty()) return null;
        Counted c = counted(t, afterApproximation(t, hit.get().end()));
        // "for several hours" is how long something lasted, not when: only days and longer reach back.
        boolean days = c != null && c.isDate() && c.unit != Unit.HOUR;
        if (!days || c.hyphenated || isWord(t, c.end, "ago", "old", "later", "earlier")) return null;
        return new Match(c.end, new Lookback(c.unit, c.max));
    }

    /**
     * "Six days of heavy bombing have killed dozens", "after five years of war": a count of days or longer, followed by
     * "of", that opens its sentence or follows "after", "in" or "with", is the stretch that ends at publication. Not
     * after other words: "the first three days of the offensive" is some other stretch.
     */
    Match stretchOf(Tokens t, int i) {
        if ((t.isWord(i - 1) || t.isNum(i - 1)) && !isWord(t, i - 1, "after", "in", "with")) return null;
        Counted c = counted(t, i);
        if (c == null || !c.isDate() || c.unit == Unit.HOUR || c.hyphenated || !t.isWord(c.end, "of")) return null;
        return new Match(c.end, new Lookback(c.unit, c.max));
    }

    /** "two days ago", "several weeks ago", "a year ago". */
    Match ago(Tokens t, int i) {
        if (!t.isNum(i) && !t.has(i, TimeLexicon.NUMBER | TimeLexicon.APPROX)) return null;
        Counted c = counted(t, afterApproximation(t, i));
        if (c == null || c.hyphenated || !t.isWord(c.end, "ago")) return null;
        return new Match(c.end + 1, new Ago(c.unit, c.min, c.max));
    }

    /** Ages and durations: "aged 14", "14-year-old", "14 years old", "10 minutes", "a three-day truce". */
    Match ageOrDuration(Tokens t, int i) {
        if (!t.isNum(i) && !t.has(i, TimeLexicon.NUMBER | TimeLexicon.GRAMMAR)) return null;
        if ((t.isWord(i, "aged") || t.isWord(i, "age")) && t.isNum(i + 1)) return new Match(i + 2, new NotDate(MentionKind.AGE));
        if (t.isWord(i, "age") && t.isWord(i + 1, "of") && t.isNum(i + 2)) return new Match(i + 3, new NotDate(MentionKind.AGE));
        Counted c = counted(t, i);
        if (c == null) return null;
        if (c.hyphenated && t.isPunct(c.end, "-") && t.isWord(c.end + 1, "old")) return new Match(c.end + 2, new NotDate(MentionKind.AGE));
        if (!c.hyphenated && t.isWord(c.end, "old")) return new Match(c.end + 1, new NotDate(MentionKind.AGE));
        return new Match(c.end, new NotDate(MentionKind.DURATION));
    }

    /** "6:30 a.m.", "16:00", "3 PM", "7:34pm". */
    Match clock(Tokens t, int i) {
        int h = t.value(i);
        if (h < 0 || h > 24 || t.digits(i) > 2 || t.isOrdinal(i)) return null;
        int j = i + 1;
        boolean minutes = t.isPunct(j, ":") && t.adjacent(j) && t.digits(j + 1) == 2 && t.adjacent(j + 1) && t.value(j + 1) <= 59;
        if (minutes) j += 2;
        int meridiem = afterMeridiem(t, j);
        if (meridiem > j && h <= 12) return new Match(meridiem, new NotDate(MentionKind.CLOCK));
        return minutes ? new Match(j, new NotDate(MentionKind.CLOCK)) : null;
    }

    /** Past "am", "PM", "a.m.", "p.m" at {@code j}, or {@code j} when there is none. */
    private static int afterMeridiem(Tokens t, int j) {
        if (isWord(t, j, "am", "pm")) return t.isPunct(j + 1, ".") && t.adjacent(j + 1) && isAbbreviationEnd(t, j + 2) ? j + 2 : j + 1;
        if (isWord(t, j, "a", "p") && t.isPunct(j + 1, ".") && t.adjacent(j + 1) && t.isWord(j + 2, "m") && t.adjacent(j + 2)) {
            return t.isPunct(j + 3, ".") && t.adjacent(j + 3) ? j + 4 : j + 3;
        }
        return j;
    }

    private static boolean isAbbreviationEnd(Tokens t, int j) {
        return !t.exists(j) || !t.isWord(j) || !t.isCapitalized(j);
    }

    private int afterApproximation(Tokens t, int j) {
        if (!t.has(j, TimeLexicon.APPROX)) return j;
        Optional<PhraseTrie.Hit<String>> hit = lex.approximations.match(t, j);
        return hit.isPresent() ? hit.get().end() : j;
    }

    /** A count and a unit: "two days", "24 hours", "several weeks", "twenty-five years", "three-day". */
    private record Counted(int end, int min, int max, Unit unit, boolean hyphenated) {
        /** Minutes and seconds never reach back past the publication day, so they date nothing. */
        boolean isDate() {
            return unit != Unit.MINUTE && unit != Unit.SECOND;
        }
    }

    private Counted counted(Tokens t, int i) {
        int min;
        int max;
        int j;
        if (t.isNum(i)) {
            if (t.isOrdinal(i) || t.value(i) < 0 || t.value(i) > MAX_COUNT || (t.adjacent(i) && t.isPunct(i - 1, ","))) return null;
            min = max = t.value(i);
            j = i + 1;
        } else {
            if (!t.has(i, TimeLexicon.NUMBER)) return null;
            Optional<PhraseTrie.Hit<TimeLexicon.Count>> hit = lex.numbers.match(t, i);
            if (hit.isEmpty()) return null;
            min = hit.get().value().min();
            max = hit.get().value().max();
            j = hit.get().end();
            if (t.isPunct(j, "-") && t.adjacent(j) && t.adjacent(j + 1) && min >= 20 && min % 10 == 0) {
                Optional<PhraseTrie.Hit<TimeLexicon.Count>> ones = lex.numbers.match(t, j + 1);
                if (ones.isPresent() && ones.get().value().max() < 10) {
                    min = max = min + ones.get().value().max();
                    j = ones.get().end();
                }
            }
        }
        boolean hyphenated = t.isPunct(j, "-") && t.adjacent(j) && t.adjacent(j + 1);
        if (hyphenated) j++;
        if (!t.has(j, TimeLexicon.UNIT)) return null;
        Unit unit = lex.units.get(t.key(j));
        return new Counted(j + 1, min, max, unit, hyphenated);
    }

    private static boolean isWord(Tokens t, int i, String... words) {
        for (String w : words) {
            if (t.isWord(i, w)) return true;
        }
        return false;
    }
}
