package dev.tally.extract.time;

import dev.tally.extract.time.Expr.Day;
import dev.tally.model.Span;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an article's publication date from its dateline or byline near the start of the text:
 * "James Cogan\n23 June 2017", "Bill Van Auken 28 July 2017", "Wed 05 Apr 2017 Syria attack ...",
 * "Published April 2 2017", "11.10.2017", "BAGHDAD, March 20 (Reuters) -" (no year: see
 * {@link Dated}). Use it when neither the caller nor metadata gives a date.
 *
 * <p>Only a day that starts within the first {@value #WINDOW} characters counts, and only where a
 * dateline stands: at the start of the text or of a line, after a byline name or source (a
 * capitalized word), after "Published", "Updated", "Date of publication" and the like, after a
 * title it is run into when a capitalized word or a number follows, or after a wire-service place name in
 * capitals. A date inside a sentence ("On October 9, 2023, an
 * airstrike ...", "killed on March 17") is the date of an event, not of the article, and is passed
 * over, as is a line that opens with a date followed by a comma and the sentence it dates.
 * Stateless and thread-safe; never throws on any text.
 */
public final class PublicationDateFinder {
    /** How far into the text a dateline may start, in characters. */
    public static final int WINDOW = 400;

    private static final Set<String> PUBLICATION_WORDS = Set.of("published", "updated", "posted", "publication", "date", "dated", "modified", "created", "filed");
    private static final Set<String> SKIPPED = Set.of(":", "|", "-", ",", "(", "on", "at", "of", "last");
    /** Words that tie a date into a sentence ("on either the 9th or 10th of October"), beyond the lexicon's licensors. */
    private static final Set<String> NOT_BEFORE_DATELINE = Set.of("at", "or", "either", "nor", "than", "as", "is", "was", "were");
    private static final Set<String> SEPARATORS = Set.of("|", "-", "•", "·", ")", "/");

    private PublicationDateFinder() {}

    /** The first dateline date in the first {@value #WINDOW} characters of {@code text}, if any. */
    public static Optional<Dated> find(String text) {
        Objects.requireNonNull(text, "text");
        Tokens t = Tokens.of(text, tokenLimit(text), TimeLexicon.DEFAULT.vocabulary());
        CalendarGrammar calendar = TimeGrammar.DEFAULT.calendar();
        for (int i = 0; t.exists(i) && t.start(i) < WINDOW; i++) {
            Match m = calendar.at(t, i, false);
            if (m == null || !(m.expr() instanceof Day d)) continue;
            boolean wire = isWireDateline(t, i, m.end());
            if (wire || (d.year().isPresent() && isDateline(t, i, m.end()))) {
                Span span = new Span(t.start(i), t.end(m.end() - 1));
                Optional<Year> year = d.year().isPresent() ? Optional.of(Year.of(d.year().getAsInt())) : Optional.empty();
                return Optional.of(new Dated(span, span.of(text), MonthDay.of(d.month(), d.day()), year));
            }
            i = m.end() - 1; // the rest of a date read in a sentence ("on Sunday 22nd October 2023") is no dateline either
        }
        return Optional.empty();
    }

    /** Past the window, to the end of the word it cuts, so a date straddling it is read whole. */
    private static int tokenLimit(String text) {
        int limit = Math.min(text.length(), WINDOW + 40);
        while (limit < text.length() && !Character.isWhitespace(text.charAt(limit))) limit++;
        return limit;
    }

    private static boolean isDateline(Tokens t, int start, int end) {
        boolean datesASentence = t.isPunct(end, ",") && t.isWord(end + 1) && !t.isCapitalized(end + 1);
        if (datesASentence) return false;
        if (!t.exists(start - 1) || t.gap(start) >= Tokens.LINE) return true;
        int k = start - 1;
        while (t.exists(k) && SKIPPED.contains(t.key(k)) && t.gap(k + 1) < Tokens.LINE) k--;
        if (t.isWord(k) && PUBLICATION_WORDS.contains(t.key(k))) return true;
        int p = start - 1;
        if (t.isWord(p)) {
            if (t.has(p, TimeLexicon.LICENSOR) || NOT_BEFORE_DATELINE.contains(t.key(p))) return false;
            // A byline name or source ("Bill Van Auken 28 July 2017"), or a title run into its dateline.
            return t.isCapitalized(p) || t.isCapitalized(end) || t.isNum(end) || t.gap(end) >= Tokens.LINE;
        }
        // A time of day or an id before the date ("Middle East 2159 18.05.2017").
        if (t.isNum(p)) return t.gap(start) != Tokens.ADJACENT;
        return SEPARATORS.contains(t.key(p)) && t.gap(p) != Tokens.ADJACENT;
    }

    /** "BAGHDAD, March 20 (Reuters) -": a place in capitals, a comma, the day, a source, a dash. */
    private static boolean isWireDateline(Tokens t, int start, int end) {
        if (!t.isPunct(start - 1, ",") || !t.isAllCaps(start - 2) || t.key(start - 2).length() < 2) return false;
        int k = end;
        if (t.isPunct(k, "(")) {
            while (t.exists(k) && !t.isPunct(k, ")") && k - end < 6) k++;
            k++;
        }
        return t.isPunct(k, "-");
    }
}
