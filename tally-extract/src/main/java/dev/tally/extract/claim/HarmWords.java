package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Tokenizer;

import java.util.HashSet;
import java.util.Set;

import static dev.tally.extract.number.Tokenizer.isLetter;

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
            for (String word : table.keyWords()) hashes.add(hash(word));
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
            if (i == n) return false;
            long h = SEED;
            while (i < n && (isLetter(sentence.charAt(i)) || isJoiner(sentence, i))) h = step(h, sentence.charAt(i++));
            if (contains(h)) return true;
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

    /** Inner hyphens and apostrophes belong to the word, as the tokenizer has it ("ISIS-held", "Iraq's"). */
    private static boolean isJoiner(String s, int i) {
        return Tokenizer.isJoiner(s.charAt(i)) && i + 1 < s.length() && isLetter(s.charAt(i + 1));
    }

    private static final long SEED = 1125899906842597L;

    private static long hash(String word) {
        long h = SEED;
        for (int k = 0; k < word.length(); k++) h = step(h, word.charAt(k));
        return h;
    }

    /** The hash with one more character, read in lower case, a curly apostrophe as a straight one. */
    private static long step(long h, char c) {
        char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
        return 31 * h + (lower == '\u2019' ? '\'' : lower);
    }
}
