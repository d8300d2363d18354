package dev.tally.extract.text;

import dev.tally.model.Span;
import java.util.Objects;

/**
 * A normalized view of an original text, with an exact map from every offset of the view back to the
 * original.
 *
 * <p>The view ({@link #text()}) holds one unit per line: paragraphs, titles, bylines. Units are separated
 * by {@code "\n"} (a line that stands alone) or {@code "\n\n"} (a paragraph end); inside a unit words are
 * separated by single spaces. Every character of the view is either copied from the original (a space may
 * stand for a run of spaces, tabs or NBSPs) or is a separator standing for white space of the original,
 * so {@link #toOriginal(int)} maps each view offset to one original offset, and the map never decreases.
 *
 * <p>Offsets are UTF-16 indices as {@link String#substring(int, int)} counts them. The map is kept as two
 * sorted arrays of segment starts (view offset, original offset); a lookup is a binary search. Immutable
 * and thread-safe.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] textStarts;
    private final int[] originalStarts;

    /** Segment {@code i} maps view offsets from {@code textStarts[i]} on to {@code originalStarts[i]} on. */
    NormalizedText(String original, String text, int[] textStarts, int[] originalStarts) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        if (textStarts.length != originalStarts.length || (text.isEmpty() != (textStarts.length == 0))) {
            throw new IllegalArgumentException("segments must cover the text; got " + textStarts.length
                    + " view starts and " + originalStarts.length + " original starts for " + text.length()
                    + " characters");
        }
        this.textStarts = textStarts;
        this.originalStarts = originalStarts;
    }

    /** The text as it arrived. */
    public String original() {
        return original;
    }

    /** The normalized view. */
    public String text() {
        return text;
    }

    /**
     * The original offset of view offset {@code offset}. For {@code offset < text().length()} it is the
     * position of the original character the view character was copied from (or of the white space a
     * separator stands for); {@code text().length()} maps to just after the last mapped character.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= offset <= text().length()}
     */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset must be in [0, " + text.length() + "]; got " + offset);
        }
        if (offset == text.length()) {
            return offset == 0 ? 0 : map(offset - 1) + 1;
        }
        return map(offset);
    }

    /**
     * The smallest original span covering view range {@code [start, end)}: from the original position of
     * {@code start} to just after that of {@code end - 1}. An empty range maps to an empty span.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
     */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("range must satisfy 0 <= start <= end <= " + text.length()
                    + "; got [" + start + ", " + end + ")");
        }
        int from = toOriginal(start);
        return start == end ? new Span(from, from) : new Span(from, map(end - 1) + 1);
    }

    /** Number of map segments; a measure of how much the view differs from the original. */
    int segments() {
        return textStarts.length;
    }

    private int map(int offset) {
        int low = 0;
        int high = textStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (textStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return originalStarts[low] + (offset - textStarts[low]);
    }

    @Override
    public String toString() {
        return "NormalizedText[" + original.length() + " -> " + text.length() + " chars, " + segments()
                + " segments]";
    }
}
