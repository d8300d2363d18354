package dev.tally.extract.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the {@link Seam} between two lines of one original text: whether a line break is a hard wrap or
 * page-break gap inside a sentence (join), end-of-line hyphenation (join, maybe dropping the hyphen), or a
 * real end of a unit (keep a break).
 *
 * <p>A document counts as hard-wrapped when at least {@value #MIN_WRAPPED_LINES} lines continue on the
 * next line and their median length lies between {@value #MIN_WRAP_WIDTH} and {@value #MAX_WRAP_WIDTH}
 * characters; in such a document a line of at least 70% of that width is "full" and always joins the next
 * line of its block. Otherwise only cues join: a lowercase next line, or a line ending in a comma, an open
 * quote or bracket, or a function word from {@code line-joining.txt}. One instance serves one text;
 * it is immutable, but not meant to be shared.
 */
final class LineJoiner {
    static final int MIN_WRAPPED_LINES = 3;
    static final int MIN_WRAP_WIDTH = 40;
    static final int MAX_WRAP_WIDTH = 200;
    private static final double FULL_FRACTION = 0.7;

    private static final RuleFile RULES = RuleFile.load("line-joining.txt", Set.of("function-word", "particle"));
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(RULES.values("function-word"));
    private static final Set<String> PARTICLES = lowercase(RULES.values("particle"));

    private final String text;
    private final LineTable lines;
    private final int fullLength;

    LineJoiner(String text, LineTable lines) {
        this.text = text;
        this.lines = lines;
        this.fullLength = fullLength(lines);
    }

    /** The seam between line {@code b} and line {@code b - 1} of the same block (no blank line between). */
    Seam withinBlock(int b) {
        int a = b - 1;
        if (lines.heading(a) || lines.heading(b)) {
            return Seam.LINE_BREAK;
        }
        Seam hyphen = hyphenSeam(a, b);
        if (hyphen != null) {
            return hyphen;
        }
        if (lines.end(a) - lines.start(a) >= fullLength || continues(a, b)) {
            return endsTight(a) ? Seam.CONCAT : Seam.SPACE;
        }
        return Seam.LINE_BREAK;
    }

    /** The seam between kept lines {@code a < b} with a blank line or dropped boilerplate between them. */
    Seam acrossGap(int a, int b) {
        if (lines.heading(a) || lines.heading(b) || endsSentence(a)) {
            return Seam.PARAGRAPH_BREAK;
        }
        Seam hyphen = hyphenSeam(a, b);
        if (hyphen != null) {
            return hyphen;
        }
        if (continues(a, b)) {
            return endsTight(a) ? Seam.CONCAT : Seam.SPACE;
        }
        return Seam.PARAGRAPH_BREAK;
    }

    /** Cues that the sentence of line {@code a} goes on in line {@code b}. */
    private boolean continues(int a, int b) {
        int first = text.codePointAt(lines.start(b));
        if (Character.isLowerCase(first) || ",;:)]”’%".indexOf(first) >= 0) {
            return true;
        }
        int end = lines.end(a);
        char last = text.charAt(end - 1);
        if (",;([“‘—–&/".indexOf(last) >= 0) {
            return true;
        }
        return endsWithStraightOpenQuote(a) || endsWithFunctionWord(a);
    }

    private boolean endsWithFunctionWord(int a) {
        int end = lines.end(a);
        int start = end;
        while (start > lines.start(a) && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 12) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false; // "A" in "Plan A" or "US" are names, not function words
            }
        }
        return FUNCTION_WORDS.contains(text.substring(start, end));
    }

    /** True if line {@code a} ends with . ! ? or … , possibly followed by closing quotes or brackets. */
    private boolean endsSentence(int a) {
        int i = lines.end(a) - 1;
        while (i > lines.start(a) && "”’\"')]»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /** A straight quote after a space opens a quotation. */
    private boolean endsWithStraightOpenQuote(int a) {
        int end = lines.end(a);
        char last = text.charAt(end - 1);
        return (last == '"' || last == '\'') && end - 2 >= lines.start(a) && Whitespace.isSpace(text.charAt(end - 2));
    }

    /**
     * True if line {@code a} ends with something glued to the next word: an opening quote or bracket, or an
     * em/en dash glued to the word before it ("city—"). Such lines join the next one without a space.
     */
    private boolean endsTight(int a) {
        int end = lines.end(a);
        char last = text.charAt(end - 1);
        if ("“‘([".indexOf(last) >= 0 || endsWithStraightOpenQuote(a)) {
            return true;
        }
        return (last == '—' || last == '–') && end - 2 >= lines.start(a) && !Whitespace.isSpace(text.charAt(end - 2));
    }

    /** The seam for a line ending in a hyphen glued to a word, or null if line {@code a} does not. */
    private Seam hyphenSeam(int a, int b) {
        int end = lines.end(a);
        int start = lines.start(a);
        char last = text.charAt(end - 1);
        if ((last != '-' && last != '\u2010') || end - 2 < start || Whitespace.isSpace(text.charAt(end - 2))) {
            return null;
        }
        int next = text.codePointAt(lines.start(b));
        if (!Character.isLetterOrDigit(next)) {
            return null;
        }
        int wordStart = end - 1;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        boolean lowercaseBefore = Character.isLowerCase(text.charAt(end - 2));
        boolean compound = wordStart > start && text.charAt(wordStart - 1) == '-';
        String word = text.substring(wordStart, end - 1).toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(next) && lowercaseBefore && !compound && !PARTICLES.contains(word)) {
            return Seam.DEHYPHEN;
        }
        return Seam.CONCAT; // "al-" + "Abadi", "US-" + "backed", "street-to-" + "street"
    }

    private static int fullLength(LineTable lines) {
        int[] lengths = new int[lines.size()];
        int count = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.gapBefore(i + 1)) {
                lengths[count++] = lines.end(i) - lines.start(i);
            }
        }
        if (count < MIN_WRAPPED_LINES) {
            return Integer.MAX_VALUE;
        }
        Arrays.sort(lengths, 0, count);
        int median = lengths[count / 2];
        if (median < MIN_WRAP_WIDTH || median > MAX_WRAP_WIDTH) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.ceil(median * FULL_FRACTION);
    }

    private static Set<String> lowercase(Iterable<String> words) {
        Set<String> set = new HashSet<>();
        words.forEach(word -> set.add(word.toLowerCase(Locale.ROOT)));
        return Set.copyOf(set);
    }
}
