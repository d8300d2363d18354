package dev.tally.extract.number;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the words that rules look for ("killed", "at", "dozens"), so that a token's word is
 * looked up once, when the sentence is tokenized, and every later question about it ("is it a
 * month?", "does a harm phrase start here?") is an array or bit look-up instead of a string hash
 * and compare. Word lists ({@link WordSet}, {@link PhraseTable}) register their words here when
 * they are built.
 *
 * <p>A word registered after a token was made has no number on that token. Each token therefore
 * also keeps how many words were known when it was made ({@link Token#known()}); a list whose
 * words are newer than the token falls back to comparing strings (see {@link #same}). In practice
 * every list is built before the first article is read, so the fallback never runs.
 *
 * <p>The tokenizer reads words through a {@link Lookup}: a frozen open-addressing copy of the
 * registry, probed straight from the sentence's characters, so that a word in a list costs neither
 * a lower-case copy nor a string hash. Thread-safe: registration and rebuilding are synchronized;
 * a lookup is immutable, and rebuilt when words were registered since.
 */
final class Words {
    /** Read and written only under the class's lock: readers go through {@link #lookup()}. */
    private static final Map<String, Integer> IDS = new HashMap<>();
    /** How many words are registered; read without the lock to tell whether a lookup is out of date. */
    private static volatile int known;
    private static volatile Lookup lookup = Lookup.NONE;

    private Words() {
    }

    /** The number of {@code lower}, registering it if it is new. */
    static synchronized int register(String lower) {
        Integer id = IDS.get(lower);
        if (id != null) return id;
        int next = known;
        IDS.put(lower, next);
        known = next + 1;
        return next;
    }

    /** The words registered so far, as a table the tokenizer can probe. */
    static Lookup lookup() {
        Lookup l = lookup;
        return l.size() == known ? l : refresh();
    }

    private static synchronized Lookup refresh() {
        String[] byId = new String[known];
        IDS.forEach((word, id) -> {
            if (id < byId.length) byId[id] = word;
        });
        lookup = new Lookup(byId);
        return lookup;
    }

    /** The number of {@code lower}, or -1 when no list has it. */
    static int find(String lower) {
        return lookup().find(lower);
    }

    /** Whether token {@code t} is the registered word {@code id}, which reads {@code lower}. */
    static boolean same(Token t, int id, String lower) {
        if (t.word() >= 0) return t.word() == id;
        return id >= t.known() && t.lower().equals(lower);
    }

    /**
     * The words numbered {@code 0 .. size-1}, by the {@link String#hashCode()} of their lower-case
     * form. At most one slot in four is used, so a word not there is told after a probe or two.
     */
    static final class Lookup {
        /** No words: every word looked up in it is unlisted. */
        static final Lookup NONE = new Lookup(new String[0]);

        private final String[] byId;
        private final String[] words;
        private final int[] hashes;
        private final int[] ids;
        private final int shift;
        private final int mask;

        private Lookup(String[] byId) {
            this.byId = byId;
            int capacity = Integer.highestOneBit(Math.max(16, byId.length * 4)) * 2;
            words = new String[capacity];
            hashes = new int[capacity];
            ids = new int[capacity];
            mask = capacity - 1;
            shift = Integer.numberOfLeadingZeros(mask);
            for (int id = 0; id < byId.length; id++) {
                int hash = byId[id].hashCode();
                int slot = slot(hash);
                while (words[slot] != null) slot = (slot + 1) & mask;
                words[slot] = byId[id];
                hashes[slot] = hash;
                ids[slot] = id;
            }
        }

        /** How many words it holds: every word numbered later has a number at least this. */
        int size() {
            return byId.length;
        }

        /** Fibonacci hashing: the top bits of the product spread words whose hashes differ little. */
        private int slot(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        /** The number of the word {@code lower}, or -1. */
        int find(String lower) {
            int hash = lower.hashCode();
            for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && words[slot].equals(lower)) return ids[slot];
            }
            return -1;
        }

        /**
         * The number of the word {@code s[from, to)} read in lower case, or -1; {@code hash} is the
         * {@link String#hashCode()} of that lower-case form. ASCII only: other letters may lower-case
         * to more than one char.
         */
        int find(String s, int from, int to, int hash) {
            for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && matchesLower(words[slot], s, from, to)) return ids[slot];
            }
            return -1;
        }

        /** Word number {@code id}, lower case: shared, so tokens of listed words need no copy of their own. */
        String word(int id) {
            return byId[id];
        }

        private static boolean matchesLower(String word, String s, int from, int to) {
            if (word.length() != to - from) return false;
            for (int k = 0; k < word.length(); k++) {
                char c = s.charAt(from + k);
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != word.charAt(k)) return false;
            }
            return true;
        }
    }
}
