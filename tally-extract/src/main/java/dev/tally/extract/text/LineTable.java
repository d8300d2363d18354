package dev.tally.extract.text;

import java.util.Arrays;

/**
 * The non-blank lines of an original text, found in one pass over its characters ({@link LineBreaks}).
 *
 * <p>For line {@code i}, {@code [start(i), end(i))} is its content in the original with surrounding space
 * and any leading markdown heading mark ({@code "## "}) cut off; {@link #gapBefore(int)} says whether a
 * blank line, form feed or paragraph separator stands between it and line {@code i - 1}. Offsets are UTF-16
 * indices into the original. Built once, then read-only.
 */
final class LineTable {
    private static final int MAX_HEADING_MARKS = 6;

    private final int[] starts;
    private final int[] ends;
    private final boolean[] gapBefore;
    private final boolean[] heading;
    private final int size;

    private LineTable(int[] starts, int[] ends, boolean[] gapBefore, boolean[] heading, int size) {
        this.starts = starts;
        this.ends = ends;
        this.gapBefore = gapBefore;
        this.heading = heading;
        this.size = size;
    }

    /**
     * Splits {@code original} at every {@link Whitespace#isLineBreak line break}, treating CR LF as one;
     * {@code text} holds its characters.
     */
    static LineTable scan(String original, char[] text) {
        Builder builder = new Builder();
        LineBreaks breaks = new LineBreaks(original);
        int length = text.length;
        int lineStart = 0;
        boolean gap = false;
        while (lineStart <= length) {
            int i = breaks.next(lineStart);
            char c = i < length ? text[i] : '\n';
            boolean blank = !builder.addIfNonBlank(text, lineStart, i, gap);
            gap = blank ? builder.size > 0 : false;
            if (c == '\f' || c == '\u2029') {
                gap = builder.size > 0; // a page or paragraph separator is a gap even without a blank line
            }
            if (c == '\r' && i + 1 < length && text[i + 1] == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return builder.build();
    }

    int size() {
        return size;
    }

    int start(int line) {
        return starts[line];
    }

    int end(int line) {
        return ends[line];
    }

    /** True if a blank line (or page/paragraph separator) precedes {@code line}. */
    boolean gapBefore(int line) {
        return gapBefore[line];
    }

    /** True if {@code line} began with markdown heading marks, now cut off. */
    boolean heading(int line) {
        return heading[line];
    }

    private static final class Builder {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private boolean[] gapBefore = new boolean[64];
        private boolean[] heading = new boolean[64];
        private int size;

        /** Adds the trimmed content of {@code [from, to)}; returns false if it is blank. */
        boolean addIfNonBlank(char[] text, int from, int to, boolean gap) {
            int start = from;
            int end = to;
            while (start < end && Whitespace.isTrimmable(text[start])) {
                start++;
            }
            while (end > start && Whitespace.isTrimmable(text[end - 1])) {
                end--;
            }
            if (start == end) {
                return false;
            }
            int afterMarks = afterHeadingMarks(text, start, end);
            grow();
            starts[size] = afterMarks;
            ends[size] = end;
            gapBefore[size] = gap;
            heading[size] = afterMarks != start;
            size++;
            return true;
        }

        /** Where the title starts after {@code "#".."######"} and a space, or {@code start} if none. */
        private static int afterHeadingMarks(char[] text, int start, int end) {
            int i = start;
            while (i < end && text[i] == '#' && i - start < MAX_HEADING_MARKS) {
                i++;
            }
            if (i == start || i >= end || !Whitespace.isSpace(text[i])) {
                return start;
            }
            while (i < end && Whitespace.isSpace(text[i])) {
                i++;
            }
            return i; // end stays > i: the line was trimmed, so non-space text follows the marks
        }

        private void grow() {
            if (size == starts.length) {
                int capacity = size * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                gapBefore = Arrays.copyOf(gapBefore, capacity);
                heading = Arrays.copyOf(heading, capacity);
            }
        }

        LineTable build() {
            return new LineTable(starts, ends, gapBefore, heading, size);
        }
    }
}
