package dev.tally.extract.time;

import java.util.Map;

/**
 * The lexicon's words with their flag bits, looked up straight from the text without making a
 * string for every word read (most words of a news text are in no list, and allocating a
 * lower-case copy of each was the scanner's main cost). Open addressing over lower-case ASCII
 * words, hashed as {@link String#hashCode()} hashes them. Immutable: safe to share.
 */
final class Vocabulary {
    private final String[] words;
    private final int[] flags;
    private final int mask;
    private final int shift;

    Vocabulary(Map<String, Integer> flagsByWord) {
        // At most one slot in eight used: a word that is not there is told after a probe or two.
        int capacity = Integer.highestOneBit(Math.max(16, flagsByWord.size() * 8)) * 2;
        words = new String[capacity];
        flags = new int[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        flagsByWord.forEach((word, bits) -> {
            int slot = slot(word.hashCode());
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = word;
            flags[slot] = bits;
        });
    }

    /** Fibonacci hashing: the top bits of the product spread words whose hashes differ little. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /**
     * The slot of the word {@code text[from, to)} compared without case, or -1. {@code lowerHash}
     * is the {@link String#hashCode()} of its lower-case form.
     */
    int find(String text, int from, int to, int lowerHash) {
        int length = to - from;
        for (int slot = slot(lowerHash); words[slot] != null; slot = (slot + 1) & mask) {
            String w = words[slot];
            if (w.length() == length && Tokens.matchesLowerAscii(text, from, w)) return slot;
        }
        return -1;
    }

    String word(int slot) {
        return words[slot];
    }

    int flags(int slot) {
        return flags[slot];
    }
}
