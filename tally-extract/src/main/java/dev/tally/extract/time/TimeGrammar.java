package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Day;
import dev.tally.extract.time.Expr.MonthOf;
import dev.tally.extract.time.Expr.NotDate;
import dev.tally.extract.time.Expr.Range;
import dev.tally.extract.time.Expr.Since;
import dev.tally.extract.time.Expr.YearOf;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The whole time grammar: single expressions from {@link CalendarGrammar} and {@link PhraseGrammar},
 * and what is built from them: a kept preposition ("on Monday"), "the night of ...", "since ...",
 * ranges ("between October 2016 and June 3", "2014-2016", "March 17-18") and dates naming an event
 * ("in the March 17 attack"). Returns null when nothing matches: this is the scanner's inner loop.
 * Stateless and thread-safe.
 */
final class TimeGrammar {
    static final TimeGrammar DEFAULT = new TimeGrammar(TimeLexicon.DEFAULT);

    private final TimeLexicon lex;
    private final CalendarGrammar calendar;
    private final PhraseGrammar phrases;
    /** Words any rule can start with; numbers aside. */
    /** Words between "since" and a start verb ("since the country's conflict began"). */
    private static final int MAX_SUBJECT_WORDS = 6;
    /** Words from a start verb to its date ("started with the brutal repression of protests in 2011"). */
    private static final int MAX_BEGINNING_REACH = 12;
    private static final int STARTS = TimeLexicon.MONTH | TimeLexicon.WEEKDAY | TimeLexicon.NUMBER | TimeLexicon.RELATIVE
            | TimeLexicon.PART | TimeLexicon.DAY_OF | TimeLexicon.APPROX | TimeLexicon.LOOKBACK | TimeLexicon.EXTENT
            | TimeLexicon.ABSORBED | TimeLexicon.GRAMMAR | TimeLexicon.HOLIDAY;

    TimeGrammar(TimeLexicon lex) {
        this.lex = lex;
        this.calendar = new CalendarGrammar(lex);
        this.phrases = new PhraseGrammar(lex);
    }

    CalendarGrammar calendar() {
        return calendar;
    }

    /**
     * A cheap first test: whether any rule can start at token {@code i}. A word that is no anchor is
     * never an expression by itself: every rule that starts with one reads on into the next token, and
     * reads only numbers, marks and lexicon words there. So "the" before "city", or "in" before
     * "Aleppo", is passed over without trying the rules (a third of the words tried were such).
     */
    boolean canStart(Tokens t, int i) {
        if (t.isNum(i)) return true;
        if (!t.has(i, STARTS)) return false;
        return t.has(i, TimeLexicon.ANCHOR) || !t.isWord(i + 1) || t.has(i + 1, TimeLexicon.KNOWN) || beginningAfter(t, i) > 0;
    }

    /** The start verb a few words after "since" at {@code i} ("since it began"), or -1. */
    private static int beginningAfter(Tokens t, int i) {
        if (!t.isWord(i, "since")) return -1;
        for (int verb = i + 1; verb <= i + MAX_SUBJECT_WORDS && t.isWord(verb); verb++) {
            if (t.has(verb, TimeLexicon.BEGINNING)) return verb;
        }
        return -1;
    }

    /** The longest expression starting at token {@code i}, or null. */
    Match at(Tokens t, int i) {
        Match best = null;
        if (t.has(i, TimeLexicon.ABSORBED)) {
            Match inner = unprefixed(t, i + 1, true);
            if (inner != null && !(inner.expr() instanceof NotDate)) best = inner;
        }
        best = Match.longer(best, event(t, i));
        return Match.longer(best, unprefixed(t, i, false));
    }

    /**
     * An expression without a kept preposition before it; {@code licensed} when one stood there. The
     * calendar reading at {@code i}, the costliest rule, is made once for the range and the single
     * expression that both start with it.
     */
    private Match unprefixed(Tokens t, int i, boolean licensed) {
        Match calendarHere = calendar.at(t, i, licensed);
        Match best = since(t, i);
        best = Match.longer(best, range(t, i, licensed, calendarHere));
        return Match.longer(best, single(t, i, calendarHere));
    }

    /** One expression, with "the night of" before a day kept. */
    private Match single(Tokens t, int i, boolean licensed) {
        return single(t, i, calendar.at(t, i, licensed));
    }

    /** One expression, given {@code calendarHere}, the calendar reading at {@code i} (or null). */
    private Match single(Tokens t, int i, Match calendarHere) {
        Match best = dayOf(t, i);
        best = Match.longer(best, calendarHere);
        best = Match.longer(best, phrases.weekday(t, i));
        best = Match.longer(best, phrases.relative(t, i));
        best = Match.longer(best, phrases.holiday(t, i));
        best = Match.longer(best, phrases.lookback(t, i));
        best = Match.longer(best, phrases.extent(t, i));
        best = Match.longer(best, phrases.ago(t, i));
        best = Match.longer(best, phrases.stretchOf(t, i));
        best = Match.longer(best, phrases.clock(t, i));
        return Match.longer(best, phrases.ageOrDuration(t, i));
    }

    private Match dayOf(Tokens t, int i) {
        if (!t.has(i, TimeLexicon.DAY_OF)) return null;
        Optional<PhraseTrie.Hit<String>> hit = lex.dayOf.match(t, i);
        if (hit.isEmpty()) return null;
        int j = hit.get().end();
        Match inner = Match.longer(calendar.at(t, j, true), phrases.weekday(t, j));
        inner = Match.longer(inner, phrases.relative(t, j));
        return inner != null && isDayLike(inner.expr()) ? inner : null;
    }

    private static boolean isDayLike(Expr e) {
        return e instanceof Day || e instanceof Expr.Weekday || (e instanceof Expr.Relative r && r.unit() == Expr.Unit.DAY);
    }

    /** "since mid-February", "since 2011", "since last week", "since the beginning of the year". */
    private Match since(Tokens t, int i) {
        if (!t.isWord(i, "since")) return null;
        Match inner = single(t, i + 1, true);
        if (inner == null || inner.expr() instanceof NotDate || inner.expr() instanceof Expr.Lookback) return sinceBeginning(t, i);
        return new Match(inner.end(), new Since(inner.expr()));
    }

    /**
     * "since the country's conflict began in March 2011", "since it started with the repression of
     * protests in 2011": the start's date, a few words after its verb, opens the span to publication.
     * Words only between: a clause break ends the search.
     */
    private Match sinceBeginning(Tokens t, int i) {
        int verb = beginningAfter(t, i);
        if (verb < 0) return null;
        for (int k = verb + 1; k <= verb + MAX_BEGINNING_REACH && (t.isWord(k) || t.isNum(k) || t.isPunct(k, "-")); k++) {
            Match inner = single(t, k, true);
            if (inner != null && (inner.expr() instanceof Expr.YearOf || inner.expr() instanceof Expr.MonthOf || inner.expr() instanceof Day)) {
                return new Match(inner.end(), new Since(inner.expr()));
            }
        }
        return null;
    }

    /** "between X and Y", "from X to Y", "X through Y", "2014-2016", "March 17-18, 2017", "7-9 October". */
    private Match range(Tokens t, int i, boolean licensed, Match calendarHere) {
        if (!t.isNum(i) && !t.has(i, TimeLexicon.MONTH | TimeLexicon.WEEKDAY | TimeLexicon.PART | TimeLexicon.GRAMMAR)) return null;
        boolean between = t.isWord(i, "between");
        boolean from = t.isWord(i, "from");
        int j = between || from ? i + 1 : i;
        boolean yearDashYear = t.isYear(j) && t.isPunct(j + 1, "-") && t.adjacent(j + 1) && t.isNum(j + 2) && t.adjacent(j + 2);
        // Starting at i, and with no year-dash-year to license it, the first end reads as calendarHere did.
        boolean asHere = j == i && !yearDashYear;
        Match a = rangeEnd(t, j, asHere ? calendarHere : calendar.at(t, j, licensed || between || from || yearDashYear), null);
        if (a == null) return null;
        int c = a.end();
        boolean dash = t.isPunct(c, "-");
        boolean connector = dash || (between ? t.isWord(c, "and")
                : t.isWord(c, "to") || t.isWord(c, "through") || t.isWord(c, "until") || t.isWord(c, "till") || t.isWord(c, "thru"));
        if (!connector) return null;
        Match b = rangeEnd(t, c + 1, calendar.at(t, c + 1, true), a.expr());
        if (b == null || (a.expr() == null && b.expr() == null)) return null;
        Expr first = a.expr() != null ? a.expr() : dayOfMonth(b.expr(), t.value(j));
        if (first == null || b.expr() == null) return null;
        boolean tight = t.adjacent(c) && t.adjacent(c + 1);
        if (dash && !tight && (isNumberEnd(t, j, a) || isNumberEnd(t, c + 1, b))) return null;
        return new Match(b.end(), new Range(first, b.expr()));
    }

    /**
     * One end of a range: a calendar expression, or a bare day number that borrows the other end's
     * month ("7-9 October", "March 17-18"). A bare number reads with a null expression when the
     * other end is not known yet; {@code other} is the first end when reading the second.
     * {@code calendarAt} is the calendar reading at {@code i}, or null.
     */
    private Match rangeEnd(Tokens t, int i, Match calendarAt, Expr other) {
        Match m = calendarAt;
        if (m != null && !(m.expr() instanceof Day || m.expr() instanceof MonthOf || m.expr() instanceof YearOf)) m = null;
        if (other instanceof YearOf y && m == null && t.digits(i) == 2 && t.adjacent(i) && t.isPunct(i - 1, "-")) {
            int year = y.year() / 100 * 100 + t.value(i);
            return year > y.year() ? new Match(i + 1, new YearOf(year, Expr.Part.WHOLE)) : null;
        }
        if (m != null || !CalendarGrammar.isDayNumber(t, i)) return m;
        if (other == null) return new Match(i + 1, null);
        if (!(other instanceof Day d)) return null;
        Expr e = dayOfMonth(d, t.value(i));
        if (e == null) return null;
        if (t.isYear(i + 1)) return new Match(i + 2, new Day(OptionalInt.of(t.value(i + 1)), d.month(), t.value(i)));
        if (t.isPunct(i + 1, ",") && t.isYear(i + 2)) return new Match(i + 3, new Day(OptionalInt.of(t.value(i + 2)), d.month(), t.value(i)));
        return new Match(i + 1, e);
    }

    private static boolean isNumberEnd(Tokens t, int i, Match m) {
        return m.end() == i + 1 && t.isNum(i);
    }

    /** Day {@code n} of the month that {@code e} names, or null. */
    private static Expr dayOfMonth(Expr e, int n) {
        if (e instanceof Day d && CalendarGrammar.validDay(d.month(), n)) return new Day(d.year(), d.month(), n);
        return null;
    }

    /** "in the March 17 attack", "the March 17 air strike": the date with the event it names. */
    private Match event(Tokens t, int i) {
        int j = t.has(i, TimeLexicon.ABSORBED) ? i + 1 : i;
        if (!t.isWord(j, "the")) return null;
        Match date = calendar.at(t, j + 1, true);
        if (date == null) return null;
        Optional<PhraseTrie.Hit<String>> noun = lex.events.match(t, date.end());
        return noun.map(h -> new Match(h.end(), date.expr())).orElse(null);
    }
}
