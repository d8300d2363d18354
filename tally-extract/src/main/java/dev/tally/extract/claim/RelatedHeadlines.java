package dev.tally.extract.claim;

import dev.tally.extract.text.Sentence;

/**
 * "Gaza Civil Defence Says Israeli Attacks Kill 26 Near Two Aid Centers" in the middle or at the end
 * of a page: another article's headline in a "related" or "read also" list, not this article's claim.
 * A line in title case (most words capitalized), with no sentence's end, past the article's opening.
 */
final class RelatedHeadlines {
    /** The article's own headline and lead stand before this offset. */
    static final int OPENING_CHARS = 300;
    private static final int MIN_WORDS = 5;
    private static final double TITLE_CASE_SHARE = 0.6;

    private RelatedHeadlines() {}

    static boolean is(Sentence s) {
        if (s.start() < OPENING_CHARS) return false;
        String text = s.text().strip();
        if (text.isEmpty() || ".!?\"\u201d:".indexOf(text.charAt(text.length() - 1)) >= 0) return false;
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS) return false;
        int capitalized = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) capitalized++;
        }
        return capitalized >= TITLE_CASE_SHARE * words.length;
    }
}
