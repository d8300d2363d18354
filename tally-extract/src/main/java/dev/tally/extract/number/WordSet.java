package dev.tally.extract.number;

import java.util.BitSet;
import java.util.Set;

/**
 * A fixed set of lower-case words that tells whether a token is one of them by its word number
 * ({@link Words}): a bit test rather than a string hash, which mattered because rules ask it of
 * nearly every token of every sentence. Immutable, so thread-safe.
 */
public final class WordSet {
    private final BitSet ids = new BitSet();
    private final Set<String> words;
    /** The highest number among the words: a token made when more were known cannot be an unnumbered member. */
    private final int newest;

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        int max = -1;
        for (String w : this.words) {
            int id = Words.register(w);
            ids.set(id);
            max = Math.max(max, id);
        }
        this.newest = max;
    }

    public static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    public static WordSet of(Set<String> words) {
        return new WordSet(words);
    }

    /** Whether the token's word (lower case, straight apostrophes) is in the set. */
    public boolean contains(Token t) {
        if (t.word() >= 0) return ids.get(t.word());
        return newest >= t.known() && words.contains(t.lower());
    }

    /** The words, lower case. */
    public Set<String> words() {
        return words;
    }

    /** Whether the lower-case word {@code lower} is in the set. */
    public boolean contains(String lower) {
        return words.contains(lower);
    }
}
