package dev.tally.extract.text;

import java.util.Objects;

/**
 * Turns an article's plain text into a {@link NormalizedText}: one unit per line, words separated by
 * single spaces, with an exact map back to the original.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>cuts the text into lines, trimming spaces (NBSP included) and leading markdown heading marks;</li>
 *   <li>joins lines hard-wrapped inside a sentence, undoing end-of-line hyphenation ({@code "devas-" +
 *       "tating"} gives {@code "devastating"}, {@code "al-" + "Abadi"} gives {@code "al-Abadi"}), while a
 *       short line without final punctuation before a capitalised line (title, byline, date) stays a
 *       unit of its own;</li>
 *   <li>drops site boilerplate (see {@code boilerplate.txt}), never a line carrying a number of people;</li>
 *   <li>joins across the blank lines a page break leaves when the text before plainly goes on after
 *       (next part lowercase, or a function word, comma or open quote before the gap); other blank-line
 *       gaps become paragraph breaks {@code "\n\n"};</li>
 *   <li>collapses every run of spaces and tabs to one space; all other characters are kept as they are.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe; runs in time linear in the text. Never throws on a non-null string.
 */
public final class TextNormalizer {
    private static final BoilerplateFilter BOILERPLATE = new BoilerplateFilter();

    /** Normalizes {@code original}, which must not be null. */
    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "original must not be null");
        char[] chars = original.toCharArray();
        LineTable lines = LineTable.scan(original, chars);
        LineJoiner joiner = new LineJoiner(original, lines);
        Seam[] seamBefore = new Seam[lines.size()];
        int[] unitFirst = new int[lines.size()];
        int units = 0;
        for (int line = 0; line < lines.size(); line++) {
            Seam seam = line == 0 || lines.gapBefore(line) ? null : joiner.withinBlock(line);
            if (seam == null || seam == Seam.LINE_BREAK) {
                unitFirst[units++] = line;
            } else {
                seamBefore[line] = seam;
            }
        }
        boolean[] dropped = BOILERPLATE.dropped(original, lines, unitFirst, units);
        Seam[] seams = keptSeams(lines, joiner, seamBefore, unitFirst, units, dropped);
        return write(new NormalizedTextBuilder(original, chars), lines, seams, firstKeptLine(unitFirst, units, dropped));
    }

    private static int firstKeptLine(int[] unitFirst, int units, boolean[] dropped) {
        for (int u = 0; u < units; u++) {
            if (!dropped[u]) {
                return unitFirst[u];
            }
        }
        return -1;
    }

    /**
     * For every line, the seam that joins it to the previous kept line: null for a dropped line and for
     * the first kept one.
     */
    private static Seam[] keptSeams(LineTable lines, LineJoiner joiner, Seam[] seamBefore, int[] unitFirst,
            int units, boolean[] dropped) {
        Seam[] seams = new Seam[lines.size()];
        int previousKept = -1;
        boolean droppedSince = false;
        for (int u = 0; u < units; u++) {
            int first = unitFirst[u];
            int end = u + 1 < units ? unitFirst[u + 1] : lines.size();
            if (dropped[u]) {
                droppedSince = true;
                continue;
            }
            if (previousKept >= 0) {
                boolean gap = droppedSince || lines.gapBefore(first);
                seams[first] = gap ? joiner.acrossGap(previousKept, first) : Seam.LINE_BREAK;
            }
            System.arraycopy(seamBefore, first + 1, seams, first + 1, end - first - 1);
            previousKept = end - 1;
            droppedSince = false;
        }
        return seams;
    }

    /** Writes kept lines from {@code firstKept} on, each followed by its seam to the next kept line. */
    private static NormalizedText write(NormalizedTextBuilder builder, LineTable lines, Seam[] seams, int firstKept) {
        if (firstKept < 0) {
            return builder.build();
        }
        int pending = firstKept;
        for (int line = firstKept + 1; line < lines.size(); line++) {
            Seam seam = seams[line];
            if (seam == null) {
                continue;
            }
            int end = lines.end(pending) - (seam == Seam.DEHYPHEN ? 1 : 0);
            builder.appendCollapsed(lines.start(pending), end);
            builder.appendSeam(seam, lines.end(pending));
            pending = line;
        }
        builder.appendCollapsed(lines.start(pending), lines.end(pending));
        return builder.build();
    }
}
