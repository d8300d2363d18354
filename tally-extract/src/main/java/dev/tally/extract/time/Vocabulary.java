package dev.tally.extract.time;

import java.util.Map;

/**
 * The lexicon's words with their flag bits, looked up straight from the text without making a
 * string for every word read (most words of a news text are in no list, and allocating a
 * lower-case copy of each was the scanner's main cost).
 *
 * <p>Every word of the text is looked up, so a lookup must be cheap for "the" as much as for a
 * miss. A word of ASCII letters is keyed by its {@linkplain #code letter code}: five bits a
 * letter, which the scanner builds as it reads the word. Up to {@value #EXACT_LETTERS} letters
 * the code and the length are the word itself, so a lookup compares two numbers and reads no
 * string; a longer word keeps only the low 64 bits of its code, so its letters are compared too.
 * Open addressing, at most one slot in eight used. Immutable: safe to share.
 */
final class Vocabulary {
    /** Words up to this many letters have a code of their own. */
    static final int EXACT_LETTERS = 12;

    private final String[] words;
    private final long[] codes;
    private final int[] lengths;
    private final int[] flags;
    private final int mask;
    private final int shift;

    Vocabulary(Map<String, Integer> flagsByWord) {
        // At most one slot in eight used: a word that is not there is told after a probe or two.
        int capacity = Integer.highestOneBit(Math.max(16, flagsByWord.size() * 8)) * 2;
        words = new String[capacity];
        codes = new long[capacity];
        lengths = new int[capacity];
        flags = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        flagsByWord.forEach((word, bits) -> {
            if (!isAsciiLetters(word)) return; // a token is a run of letters: it can never read as this
            long code = code(word);
            int slot = slot(code);
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = word;
            codes[slot] = code;
            lengths[slot] = word.length();
            flags[slot] = bits;
        });
    }

    /**
     * The code of a lower-case ASCII word as {@link #addLetter} builds it from the text: each
     * letter 1..26 in five bits, the last letter lowest.
     */
    static long code(String lowerWord) {
        long code = 0;
        for (int k = 0; k < lowerWord.length(); k++) code = addLetter(code, lowerWord.charAt(k));
        return code;
    }

    /** {@code code} with ASCII letter {@code c} (either case) added after the letters it holds. */
    static long addLetter(long code, char c) {
        return code << 5 | ((c | 0x20) - ('a' - 1));
    }

    /** Fibonacci hashing: the top bits of the product spread codes that differ only in their last letters. */
    private int slot(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /**
     * The slot of the ASCII word {@code text[from, to)} compared without case, or -1. {@code code}
     * is its {@linkplain #code letter code}.
     */
    int find(String text, int from, int to, long code) {
        int length = to - from;
        for (int slot = slot(code); words[slot] != null; slot = (slot + 1) & mask) {
            boolean same = codes[slot] == code && lengths[slot] == length;
            if (same && (length <= EXACT_LETTERS || matchesLowerAscii(text, from, words[slot]))) return slot;
        }
        return -1;
    }

    /**
     * Whether {@code text} at {@code from} reads {@code lower} (lower-case ASCII) in any case.
     * Hand-written because {@link String#regionMatches(boolean, int, String, int, int)} folds
     * Unicode case and was the scanner's hottest call once.
     */
    static boolean matchesLowerAscii(String text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(from + k);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }

    private static boolean isAsciiLetters(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) < 'a' || word.charAt(k) > 'z') return false;
        }
        return !word.isEmpty();
    }

    String word(int slot) {
        return words[slot];
    }

    int flags(int slot) {
        return flags[slot];
    }
}
