/**
 * Time expressions in news text, resolved against the publication date.
 *
 * <p>Start with {@link dev.tally.extract.time.TimeExpressionFinder#find(String, java.util.Optional)}:
 * it returns {@link dev.tally.extract.time.TimeMention}s (half-open spans into the text, the text
 * as written, inclusive days, a {@link dev.tally.extract.time.Granularity} and a
 * {@link dev.tally.extract.time.MentionKind} that flags ages, durations and clock times).
 * {@link dev.tally.extract.time.PublicationDateFinder#find(String)} reads the publication date from
 * a dateline or byline when no other source gives one.
 *
 * <p>Inside: {@code Tokens} cuts the text once (words looked up in the lexicon's
 * {@code Vocabulary} without copying them); {@code TimeGrammar} with {@code CalendarGrammar} and
 * {@code PhraseGrammar} reads an {@code Expr} at each token that can start one; the longest
 * non-overlapping readings are kept; {@code Resolver} and {@code Periods} place them on the
 * calendar. The words are data: {@code lexicon.tsv} beside these classes. Everything here is pure
 * and thread-safe.
 */
package dev.tally.extract.time;
