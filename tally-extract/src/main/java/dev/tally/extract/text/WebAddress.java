package dev.tally.extract.text;

/**
 * Shape tests for a single token that is an e-mail address, a URL or a bare domain path
 * ({@code "wsws.org/contact"}). Lowercase input expected; no network, no lists of domains.
 */
final class WebAddress {
    private static final int MIN_TLD = 2;
    private static final int MAX_TLD = 24;

    private WebAddress() {}

    static boolean isEmail(String token) {
        int at = token.indexOf('@');
        if (at <= 0 || at != token.lastIndexOf('@')) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = token.charAt(i);
            if (!isAsciiLetterOrDigit(c) && "._%+-".indexOf(c) < 0) {
                return false;
            }
        }
        return isDomain(token, at + 1, token.length());
    }

    static boolean isUrl(String token) {
        String rest = token;
        if (rest.startsWith("https://") || rest.startsWith("http://")) {
            return rest.indexOf("//") + 2 < rest.length();
        }
        int slash = rest.indexOf('/');
        int end = slash >= 0 ? slash : rest.length();
        return isDomain(rest, 0, end);
    }

    /** {@code label(.label)+} of ASCII letters, digits and hyphens, ending in a letters-only TLD. */
    private static boolean isDomain(String s, int from, int to) {
        int lastDot = s.lastIndexOf('.', to - 1);
        if (lastDot <= from || lastDot < from + 2 || to - lastDot - 1 < MIN_TLD || to - lastDot - 1 > MAX_TLD) {
            return false; // first label of at least two characters keeps "u.s" and "e.g" out
        }
        for (int i = lastDot + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        char previous = '.';
        for (int i = from; i < lastDot; i++) {
            char c = s.charAt(i);
            if (c == '.' && previous == '.' || !isAsciiLetterOrDigit(c) && c != '-' && c != '.') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
