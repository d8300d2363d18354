package dev.tally.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalized text ({@link NormalizedText#text()}) into sentences.
 *
 * <p>Every line break ends a sentence: the normalizer keeps one unit (paragraph, title, byline) per line.
 * Inside a line a sentence ends after {@code .}, {@code !}, {@code ?} or {@code …} (runs such as
 * {@code ?!} or {@code ...} count as one), together with any closing quotes or brackets right after it,
 * when a space follows and the next word starts with a capital or uncased letter, a digit, or an opening
 * quote or bracket. So {@code “How could they?” asked Abdullah} stays one sentence, and {@code 1.3} never
 * splits. A period does not end a sentence after an abbreviation from {@code abbreviations.txt}, an
 * initial ({@code George W. Bush}) or a letter-period run ({@code U.S.}). Quotes are not balanced: a
 * quotation left open by a paragraph still splits at its sentence ends.
 *
 * <p>Stateless and thread-safe; linear in the text; never throws on a non-null string. Any string is
 * accepted, though texts that are not normalized split less well (a hard-wrapped line ends a sentence).
 */
public final class SentenceSplitter {
    private static final String CLOSERS = "”’)]»›";
    private static final String OPENERS = "“‘\"'([«‹¿¡";

    /** The sentences of {@code normalizedText}, in order, trimmed and non-empty; an unmodifiable list. */
    public List<Sentence> split(String normalizedText) {
        Objects.requireNonNull(normalizedText, "normalizedText must not be null");
        List<Sentence> sentences = new ArrayList<>();
        LineBreaks breaks = new LineBreaks(normalizedText);
        Terminators terminators = new Terminators(normalizedText);
        int lineStart = 0;
        while (lineStart <= normalizedText.length()) {
            int lineEnd = breaks.next(lineStart);
            splitLine(normalizedText, terminators, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return Collections.unmodifiableList(sentences);
    }

    private static void splitLine(String text, Terminators terminators, int from, int to, List<Sentence> out) {
        int sentenceStart = from;
        int i = terminators.next(from);
        while (i < to) {
            int next = boundaryAfter(text, from, i, to);
            if (next < 0) {
                i = terminators.next(i + 1);
                continue;
            }
            add(text, sentenceStart, next, out);
            sentenceStart = next;
            i = terminators.next(next);
        }
        add(text, sentenceStart, to, out);
    }

    /**
     * If the terminator at {@code at} ends a sentence, the offset where the next sentence starts (the
     * first character after the spaces); otherwise -1.
     */
    private static int boundaryAfter(String text, int lineStart, int at, int to) {
        int end = at + 1;
        while (end < to && isTerminator(text.charAt(end))) {
            end++;
        }
        int closed = end;
        while (closed < to && isCloser(text, closed, to)) {
            closed++;
        }
        if (closed == to || !Whitespace.isSpace(text.charAt(closed))) {
            return -1; // line end (split there anyway) or glued text: "U.S.-led", "1.3", "?!”)"
        }
        int next = closed;
        while (next < to && Whitespace.isSpace(text.charAt(next))) {
            next++;
        }
        if (next == to || !startsSentence(text, next)) {
            return -1;
        }
        boolean singlePeriod = text.charAt(at) == '.' && end == at + 1 && closed == end;
        if (singlePeriod && Abbreviations.holds(text, wordStart(text, lineStart, at), at, text.charAt(next))) {
            return -1;
        }
        return next;
    }

    private static boolean isTerminator(char c) {
        return Terminators.isTerminator(c);
    }

    /** A closing quote or bracket; a straight quote closes only if space or the line end follows it. */
    private static boolean isCloser(String text, int i, int to) {
        char c = text.charAt(i);
        if (CLOSERS.indexOf(c) >= 0) {
            return true;
        }
        return (c == '"' || c == '\'') && (i + 1 == to || Whitespace.isSpace(text.charAt(i + 1)));
    }

    private static boolean startsSentence(String text, int i) {
        int c = text.codePointAt(i);
        if (Character.isDigit(c) || OPENERS.indexOf(c) >= 0) {
            return true;
        }
        return Character.isLetter(c) && !Character.isLowerCase(c); // capital, titlecase or uncased script
    }

    /** Start of the word that ends at {@code period}, after any opening quotes or brackets. */
    private static int wordStart(String text, int lineStart, int period) {
        int start = period;
        while (start > lineStart && !Whitespace.isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < period && OPENERS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        int start = from;
        int end = to;
        while (start < end && Whitespace.isWhite(text.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.isWhite(text.charAt(end - 1))) {
            end--;
        }
        start = afterTags(text, start, end);
        if (start < end) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }

    /**
     * "Tags Syria Idlib barrel bombs Syrian Observatory At least 11 civilians were killed ...": a page's
     * tag list run into its first sentence when the page was flattened names places and actors of no
     * claim. The sentence starts at the first sentence opener after the tags ("At least 11 civilians"): an
     * opener right after a capitalised word (the last tag) and before a word in lower case; without one the
     * sentence is kept whole.
     */
    private static int afterTags(String text, int start, int end) {
        if (!text.startsWith("Tags ", start) || end - start < 6 || !Character.isUpperCase(text.charAt(start + 5))) return start;
        Matcher m = TAGS_END.matcher(text).region(start, Math.min(end, start + TAGS_REACH));
        return m.find() ? m.start(1) : start;
    }

    /** How far a tag list may run (characters). */
    private static final int TAGS_REACH = 400;
    // the space before the lookbehind, not after: the lookbehind (up to 41 tries) then runs only at spaces, not at every character
    private static final Pattern TAGS_END = Pattern.compile(
            " (?<=\\p{Lu}[\\p{L}\\p{N}'-]{0,40} )((?:The|A|An|At least|More than|Over|Dozens|Hundreds|Thousands|Scores|Several|Some|One|Two|Three"
                    + "|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\\d+) (?=\\p{Ll}|\\d))");
}
