package dev.tally.extract.number;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the words that rules look for ("killed", "at", "dozens"), so that a token's word is
 * hashed once, when the sentence is tokenized, and every later question about it ("is it a
 * month?", "does a harm phrase start here?") is an array or bit look-up instead of a string hash
 * and compare. Word lists ({@link WordSet}, {@link PhraseTable}) register their words here when
 * they are built.
 *
 * <p>A word registered after a token was made has no number on that token. Each token therefore
 * also keeps how many words were known when it was made ({@link Token#known()}); a list whose
 * words are newer than the token falls back to comparing strings (see {@link #same}). In practice
 * every list is built before the first article is read, so the fallback never runs.
 *
 * <p>Thread-safe: registration is synchronized; look-ups read a concurrent map.
 */
final class Words {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    /** How many words are registered; written after the map, so a reader never sees an id at or past it unregistered. */
    private static volatile int known;

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

    /** The number of {@code lower}, or -1 when no list has it (yet). */
    static int find(String lower) {
        Integer id = IDS.get(lower);
        return id == null ? -1 : id;
    }

    /** How many words are registered now: every word numbered later gets a number at least this. */
    static int known() {
        return known;
    }

    /** Whether token {@code t} is the registered word {@code id}, which reads {@code lower}. */
    static boolean same(Token t, int id, String lower) {
        if (t.word() >= 0) return t.word() == id;
        return id >= t.known() && t.lower().equals(lower);
    }
}
