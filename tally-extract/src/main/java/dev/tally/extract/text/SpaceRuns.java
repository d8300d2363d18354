package dev.tally.extract.text;

/**
 * Finds, in one original text, the space that the normalizer must rewrite: every run of
 * {@link Whitespace#isSpace spaces} except a lone ' ', which already is what a run becomes.
 *
 * <p>In a text whose only space character is ' ' (most texts), such runs start at a double space, which
 * {@link String#indexOf(String, int)} finds over many characters at a time; the position found is kept
 * until passed, so the text is searched once. Other texts are read character by character. Single use,
 * not thread-safe.
 */
final class SpaceRuns {
    private final String text;
    private final char[] chars;
    private final boolean plainSpacesOnly;
    /** The next double space at or after the last query, or past the end when there is none. */
    private int nextDouble = -1;

    /** {@code chars} holds the characters of {@code text}; read, never written. */
    SpaceRuns(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        this.plainSpacesOnly = onlyPlainSpaces(text);
    }

    /**
     * Offset of the first space run in {@code [from, to)} to rewrite, or {@code to} if there is none.
     * Queries must not go backwards: {@code from} is at least the last query's.
     */
    int next(int from, int to) {
        if (plainSpacesOnly) {
            if (nextDouble < from) {
                int at = text.indexOf("  ", from);
                nextDouble = at < 0 ? Integer.MAX_VALUE : at;
            }
            return nextDouble < to - 1 ? nextDouble : to;
        }
        for (int i = from; i < to; i++) {
            if (startsRewrite(i, to)) {
                return i;
            }
        }
        return to;
    }

    /** Whether the space run at {@code i} (if any) must be rewritten: it is not a lone ' '. */
    private boolean startsRewrite(int i, int to) {
        char c = chars[i];
        if (c == ' ') {
            return i + 1 < to && Whitespace.isSpace(chars[i + 1]);
        }
        return Whitespace.isSpace(c);
    }

    /** Whether ' ' is the only {@link Whitespace#isSpace space} character in {@code text}. */
    private static boolean onlyPlainSpaces(String text) {
        for (char c : Whitespace.SPACES.toCharArray()) {
            if (c != ' ' && text.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
