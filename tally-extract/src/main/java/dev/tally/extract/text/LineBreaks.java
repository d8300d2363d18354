package dev.tally.extract.text;

/**
 * Finds the {@link Whitespace#isLineBreak line breaks} of one text. Nearly every text breaks its lines
 * with LF alone; such a text is searched with {@link String#indexOf(int, int)}, which the JVM runs over
 * many characters at a time, instead of testing each character (that test was a third of the
 * normalizer's time). Other texts are read character by character. Single use, not thread-safe.
 */
final class LineBreaks {
    /** Every line break but LF. */
    private static final String OTHER_BREAKS = "\r\u000B\f\u0085\u2028\u2029";

    private final String text;
    private final boolean lineFeedsOnly;

    LineBreaks(String text) {
        this.text = text;
        this.lineFeedsOnly = hasNone(text, OTHER_BREAKS);
    }

    /** Offset of the first line break at or after {@code from}, or the text's length if there is none. */
    int next(int from) {
        if (lineFeedsOnly) {
            int at = text.indexOf('\n', from);
            return at < 0 ? text.length() : at;
        }
        for (int i = from; i < text.length(); i++) {
            if (Whitespace.isLineBreak(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean hasNone(String text, String characters) {
        for (int k = 0; k < characters.length(); k++) {
            if (text.indexOf(characters.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
