package dev.tally.extract.number;

import dev.tally.model.Count;

/**
 * A number phrase found in a sentence: tokens {@code [first, end)} of the token list it was read
 * from, and what the words state. {@code vague} marks amounts without a numeral ("dozens",
 * "several"); {@code digits} marks figures written with digits.
 */
public record Figure(int first, int end, Count count, boolean vague, boolean digits) {
    public Figure {
        if (end <= first) throw new IllegalArgumentException("a figure needs at least one token; got " + first + ".." + end);
    }
}
