package dev.tally.extract.text;

import java.util.Arrays;

/**
 * Writes a normalized view of one original text while recording, segment by segment, where each view
 * character came from. Single use, not thread-safe.
 */
final class NormalizedTextBuilder {
    private final String original;
    private final char[] chars;
    private final SpaceRuns spaceRuns;
    private char[] text;
    private int length;
    private int[] textStarts = new int[32];
    private int[] originalStarts = new int[32];
    private int segments;

    /** {@code chars} holds the characters of {@code original}; the builder reads, never writes it. */
    NormalizedTextBuilder(String original, char[] chars) {
        this.original = original;
        this.chars = chars;
        this.spaceRuns = new SpaceRuns(original, chars);
        this.text = new char[chars.length + 16];
    }

    /**
     * Copies original {@code [from, to)}, writing each run of {@link Whitespace#isSpace spaces} as one ' '.
     * A lone ' ' already is what it would become, so text is copied in stretches that end only where
     * {@link SpaceRuns} finds space to rewrite: most lines are copied whole, in one segment. Calls must
     * go forward through the original.
     */
    void appendCollapsed(int from, int to) {
        int i = from;
        while (i < to) {
            int run = i;
            i = spaceRuns.next(i, to);
            if (i > run) {
                mark(run);
                ensureRoom(i - run);
                System.arraycopy(chars, run, text, length, i - run);
                length += i - run;
            }
            if (i < to) {
                appendChar(' ', i);
                while (i < to && Whitespace.isSpace(chars[i])) {
                    i++;
                }
            }
        }
    }

    /**
     * Writes the seam that joins the line ending at original offset {@code lineEnd} to the next kept line.
     * Separator characters map onto the white space that follows {@code lineEnd}.
     */
    void appendSeam(Seam seam, int lineEnd) {
        switch (seam) {
            case SPACE -> appendChar(' ', lineEnd);
            case LINE_BREAK -> appendChar('\n', lineEnd);
            case PARAGRAPH_BREAK -> {
                appendChar('\n', lineEnd);
                boolean secondWhite = lineEnd + 1 < chars.length && Whitespace.isWhite(chars[lineEnd + 1]);
                appendChar('\n', secondWhite ? lineEnd + 1 : lineEnd);
            }
            case CONCAT, DEHYPHEN -> { } // the lines meet directly
        }
    }

    NormalizedText build() {
        return new NormalizedText(original, new String(text, 0, length), Arrays.copyOf(textStarts, segments),
                Arrays.copyOf(originalStarts, segments));
    }

    private void appendChar(char c, int originalOffset) {
        mark(originalOffset);
        ensureRoom(1);
        text[length++] = c;
    }

    private void ensureRoom(int extra) {
        if (length + extra > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + extra));
        }
    }

    /** Starts a new segment unless the next view character already continues the current one. */
    private void mark(int originalOffset) {
        int at = length;
        if (segments > 0 && originalStarts[segments - 1] + (at - textStarts[segments - 1]) == originalOffset) {
            return;
        }
        if (segments == textStarts.length) {
            textStarts = Arrays.copyOf(textStarts, segments * 2);
            originalStarts = Arrays.copyOf(originalStarts, segments * 2);
        }
        textStarts[segments] = at;
        originalStarts[segments] = originalOffset;
        segments++;
    }
}
