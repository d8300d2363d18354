package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;

import java.util.HashSet;
import java.util.Set;

/**
 * A quick look at a sentence before it is tokenized: does any word in it belong to a harm phrase of
 * the lexicon ("killed", "wounded", "toll")? A phrase is looked for by its longest word, since its
 * first can be as common as "the" ("the death of"). Sentences with none are passed over without
 * allocating a token. Words are compared by a 64-bit hash of their lower-cased letters, kept in an
 * open-addressing table, so a collision can only let a sentence through, never hold one back.
 * Immutable, so thread-safe.
 */
final class HarmWords {
    /** Hashes of the key words; 0 marks an empty slot (a word hashing to 0 is let through by {@link #mayReportHarm}). */
    private final long[] slots;
    private final int mask;

    HarmWords(Lexicon lex) {
        Set<Long> hashes = new HashSet<>();
        for (Lexicon.Role role : new Lexicon.Role[]{Lexicon.Role.LEFT, Lexicon.Role.RIGHT, Lexicon.Role.NOUN, Lexicon.Role.TOLL}) {
            PhraseTable<String> table = lex.get(role);
            for (String word : table.keyWords()) hashes.add(hash(word, 0, word.length()));
        }
        // at most one slot in four used, so a word that is not there is told after a probe or two
        int capacity = Integer.highestOneBit(Math.max(16, hashes.size() * 4)) * 2;
        slots = new long[capacity];
        mask = capacity - 1;
        for (long h : hashes) {
            int i = slot(h);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = h;
        }
    }

    boolean mayReportHarm(String sentence) {
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isLetter(sentence.charAt(i))) i++;
            int start = i;
            while (i < n && (isLetter(sentence.charAt(i)) || isJoiner(sentence, i))) i++;
            if (i > start && contains(hash(sentence, start, i))) return true;
        }
        return false;
    }

    private boolean contains(long h) {
        if (h == 0) return true;
        for (int i = slot(h); slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == h) return true;
        }
        return false;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    // ASCII first: most news text is ASCII, and Character's Unicode tables cost more than the rest of the scan
    private static boolean isLetter(char c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    /** Inner hyphens and apostrophes belong to the word, as the tokenizer has it ("ISIS-held", "Iraq's"). */
    private static boolean isJoiner(String s, int i) {
        char c = s.charAt(i);
        return (c == '-' || c == '\'' || c == '\u2019') && i + 1 < s.length() && isLetter(s.charAt(i + 1));
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
            h = 31 * h + (c == '\u2019' ? '\'' : c);
        }
        return h;
    }
}
