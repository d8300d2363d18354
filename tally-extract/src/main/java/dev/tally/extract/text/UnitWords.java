package dev.tally.extract.text;

import java.util.List;
import java.util.Locale;

/**
 * The words of one short unit, as the boilerplate rules compare them: lowercased, space runs collapsed.
 *
 * @param key    the unit's lines joined by single spaces, lowercased ({@link Locale#ROOT})
 * @param bare   {@code key} without leading and trailing characters that are neither letter nor digit
 * @param tokens {@code key} split at spaces; never empty strings
 */
record UnitWords(String key, String bare, List<String> tokens) {

    UnitWords {
        tokens = List.copyOf(tokens);
    }

    /** Collects lines {@code first..last} of {@code lines}. */
    static UnitWords of(String text, LineTable lines, int first, int last) {
        StringBuilder key = new StringBuilder(lines.end(last) - lines.start(first));
        for (int line = first; line <= last; line++) {
            boolean space = key.length() > 0;
            for (int i = lines.start(line); i < lines.end(line); i++) {
                char c = text.charAt(i);
                if (Whitespace.isSpace(c)) {
                    space = true;
                    continue;
                }
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(c);
            }
        }
        String lower = key.toString().toLowerCase(Locale.ROOT);
        List<String> tokens = lower.isEmpty() ? List.of() : List.of(lower.split(" "));
        return new UnitWords(lower, strip(lower), tokens);
    }

    int count() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.get(i);
    }

    /** {@code s} without leading and trailing characters that are neither letter nor digit. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
