package dev.tally.extract.time;

import java.util.OptionalInt;

/**
 * Finds a year named near a date that has none ("On October 9, 2023 ... and on October 10 ..."):
 * the nearest year token in the same sentence, at most {@value #REACH} tokens away. Sentences end
 * at a full stop, question or exclamation mark followed by a capital, a digit or a line break,
 * and at blank lines; a full stop after a single letter or an abbreviated month ("U.S.", "Oct.")
 * ends nothing. Looks only around each query, so it costs nothing for texts without yearless dates.
 */
final class YearContext {
    /** How far a year may stand from the date it dates, in tokens. */
    static final int REACH = 60;

    private YearContext() {}

    /** The year nearest to tokens {@code [from, to)} in their sentence, outside them. */
    static OptionalInt near(Tokens t, int from, int to) {
        boolean leftOpen = true;
        boolean rightOpen = true;
        for (int d = 1; d <= REACH && (leftOpen || rightOpen); d++) {
            int left = from - d;
            int right = to - 1 + d;
            leftOpen = leftOpen && t.exists(left) && !startsSentence(t, left + 1);
            rightOpen = rightOpen && t.exists(right) && !startsSentence(t, right);
            if (leftOpen && t.isYear(left)) return OptionalInt.of(t.value(left));
            if (rightOpen && t.isYear(right)) return OptionalInt.of(t.value(right));
        }
        return OptionalInt.empty();
    }

    /** Whether token {@code i} opens a new sentence. */
    static boolean startsSentence(Tokens t, int i) {
        if (t.gap(i) == Tokens.PARAGRAPH) return true;
        int p = i - 1;
        boolean mark = t.isPunct(p, ".") || t.isPunct(p, "!") || t.isPunct(p, "?");
        if (!mark || t.gap(i) == Tokens.ADJACENT) return false;
        boolean abbreviation = t.isPunct(p, ".") && t.isWord(p - 1) && (t.length(p - 1) == 1 || t.has(p - 1, TimeLexicon.MONTH_ABBR));
        if (abbreviation) return false;
        return t.gap(i) >= Tokens.LINE || t.isCapitalized(i) || t.isNum(i) || !t.isWord(i);
    }
}
