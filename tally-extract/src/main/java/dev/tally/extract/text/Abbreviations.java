package dev.tally.extract.text;

import java.util.Set;

/**
 * Decides whether a word ending in a period is an abbreviation that does not end a sentence. The lists
 * live in {@code abbreviations.txt}; initials and letter-period runs ({@code "U.S."}, {@code "a.m."}) are
 * recognised by shape. Stateless and thread-safe.
 */
final class Abbreviations {
    private static final RuleFile RULES = RuleFile.load("abbreviations.txt", Set.of("abbreviation", "before-number"));
    private static final Set<String> ALWAYS = Set.copyOf(RULES.values("abbreviation"));
    private static final Set<String> BEFORE_NUMBER = Set.copyOf(RULES.values("before-number"));

    private Abbreviations() {}

    /**
     * True if {@code text[wordStart, period]} (a word ending with the period at {@code period}) is an
     * abbreviation that keeps its sentence going before {@code next}, the first character after the space.
     */
    static boolean holds(String text, int wordStart, int period, char next) {
        String word = text.substring(wordStart, period + 1);
        if (ALWAYS.contains(word) || ALWAYS.contains(lowerFirst(word))) {
            return true;
        }
        if (Character.isDigit(next) && BEFORE_NUMBER.contains(word)) {
            return true;
        }
        return isInitial(word) || isLetterRun(word);
    }

    /** {@code "W."}: one capital letter and a period. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }

    /** {@code "U.S."}, {@code "e.g."}, {@code "U.S.A."}: two or more single letters, each with a period. */
    private static boolean isLetterRun(String word) {
        if (word.length() < 4 || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static String lowerFirst(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return word;
        }
        return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}
