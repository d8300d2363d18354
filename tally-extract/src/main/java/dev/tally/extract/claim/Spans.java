package dev.tally.extract.claim;

import java.util.function.IntUnaryOperator;

/**
 * Binary search over items sorted by start offset, so that a claim finds the mentions of its clause
 * or sentence without walking every mention of the article: extraction stays linear in the text.
 */
final class Spans {
    private Spans() {}

    /** The first index in {@code [0, size)} whose start is at least {@code offset}; {@code size} when none. */
    static int firstAtOrAfter(int size, IntUnaryOperator start, int offset) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(mid) < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
