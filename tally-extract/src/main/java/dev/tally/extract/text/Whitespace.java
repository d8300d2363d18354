package dev.tally.extract.text;

/**
 * Which characters the text layer treats as horizontal space and which as line breaks.
 *
 * <p>One definition shared by the normalizer, the splitter and their tests, so that "collapse a run of
 * spaces" means the same thing everywhere. No-break and typographic spaces count as space because web
 * pages use them between words. Zero-width characters are not spaces (turning one into a space would
 * change the text between a quote and its word); they are only trimmed from the ends of lines.
 */
final class Whitespace {
    private Whitespace() {}

    /** Every character {@link #isSpace} accepts. */
    static final String SPACES = " \t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
            + "\u202F\u205F\u3000";

    /** True for a space that may sit inside a line: ASCII space and tab, NBSP, Unicode space separators. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // fast path: printable ASCII
        }
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** True for a character trimmed from the ends of a line: a space, zero-width space or byte-order mark. */
    static boolean isTrimmable(char c) {
        return isSpace(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** True for a character that ends a line: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
    static boolean isLineBreak(char c) {
        if (c > '\r' && c < '\u0085') {
            return false; // fast path: printable ASCII and Latin-1
        }
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** True for any character the text layer treats as white: {@link #isSpace} or {@link #isLineBreak}. */
    static boolean isWhite(char c) {
        return isSpace(c) || isLineBreak(c);
    }
}
