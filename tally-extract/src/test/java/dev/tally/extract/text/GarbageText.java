package dev.tally.extract.text;

import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile article text: fragments of prose, numbers, abbreviations, quotes, every
 * kind of line break and space, hyphens at line ends, boilerplate, headings, Arabic, emoji, lone
 * surrogates and control characters, glued together at random.
 */
final class GarbageText {
    private static final List<String> PIECES = List.of(
            "the", "of", "and", "Mosul", "ISIS", "civilians", "killed", "U.S.", "Gen.", "No.", "W.", "e.g.", "1.3",
            "million", "850,000", "12", "“", "”", "‘", "’", "\"", "'", "(", ")", "[", "]", ".", "!", "?", "…", "...",
            ",", ";", ":", "-", "—", "–", "al-", "devas-", "tating", "Abadi", "## ", "# ", "#", "Post a Comment",
            "ADS", "Share this:", "x@y.org", "wsws.org/contact", "visit:", "contact", "Previous Post Next Post",
            "الموصل بغداد", "😀", "\uD83D", "\uDE00", "\u0000", "\u001F", "\u200B", "\uFEFF", "\u00AD", "é", "Ω");
    private static final List<String> SPACES = List.of(
            " ", " ", " ", "  ", "\t", "\u00A0", "\u2009", "\u3000", "\n", "\n", "\n\n", "\r\n", "\r", "\f",
            "\u000B", "\u0085", "\u2028", "\u2029", "\n \n", "\n\n\n\n", "");

    private GarbageText() {}

    /** A text of up to {@code maxPieces} pieces. */
    static String generate(Random random, int maxPieces) {
        int pieces = random.nextInt(maxPieces + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(20) == 0) {
                text.append((char) random.nextInt(Character.MAX_VALUE + 1)); // any UTF-16 unit at all
            } else {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            text.append(SPACES.get(random.nextInt(SPACES.size())));
        }
        return text.toString();
    }
}
