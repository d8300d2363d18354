package dev.tally.extract.text;

import java.util.Arrays;

/**
 * Finds the sentence terminators ({@code . ! ?} and {@code …}) of one text in order. Each mark is
 * searched with {@link String#indexOf(int, int)}, which the JVM runs over many characters at a time, and
 * its next position is kept until the reader passes it: the text is searched once per mark instead of
 * every character being tested (that test was most of the splitter's time). Single use, not thread-safe.
 */
final class Terminators {
    static final String MARKS = ".!?…";

    private final String text;
    /** Per mark, its next position at or after the last query, or past the end when there is none. */
    private final int[] next = new int[MARKS.length()];

    Terminators(String text) {
        this.text = text;
        Arrays.fill(next, -1);
    }

    static boolean isTerminator(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    /**
     * Offset of the first terminator at or after {@code from}, or the text's length if there is none.
     * Queries must not go backwards: {@code from} is at least the last query's.
     */
    int next(int from) {
        int first = text.length();
        for (int k = 0; k < next.length; k++) {
            if (next[k] < from) {
                int at = text.indexOf(MARKS.charAt(k), from);
                next[k] = at < 0 ? Integer.MAX_VALUE : at;
            }
            first = Math.min(first, next[k]);
        }
        return first;
    }
}
