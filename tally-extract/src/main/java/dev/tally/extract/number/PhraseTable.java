package dev.tally.extract.number;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Multi-word phrases indexed by the number of their first word ({@link Words}), matched against
 * tokens; the longest phrase wins. Rules probe a table at nearly every token, so a probe is an
 * array index and integer compares, not a string hash. Built once, then only read: thread-safe
 * once built.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseTable<T> {
    /** A phrase found at a token, what it stands for, and how many tokens it took. */
    public record Match<T>(T value, int length) {}

    /** A phrase: its words, their numbers, and what it stands for. */
    private record Entry<T>(String[] words, int[] ids, T value) {}

    /** Entries by the number of their first word; null where no phrase starts with that word. */
    private List<List<Entry<T>>> byFirst = new ArrayList<>();
    /** The highest word number of any phrase: tokens made when fewer were known need a string compare. */
    private int newest = -1;

    /** Adds a phrase, tokenized as sentences are, so "men, women and children" matches its tokens. */
    public PhraseTable<T> add(String phrase, T value) {
        String[] words = Tokenizer.words(phrase);
        if (words.length == 0) throw new IllegalArgumentException("phrase must have a word; got '" + phrase + "'");
        int[] ids = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            ids[k] = Words.register(words[k]);
            newest = Math.max(newest, ids[k]);
        }
        while (byFirst.size() <= ids[0]) byFirst.add(null);
        if (byFirst.get(ids[0]) == null) byFirst.set(ids[0], new ArrayList<>());
        List<Entry<T>> entries = byFirst.get(ids[0]);
        // longest first, so the first phrase that matches is the longest; the first added wins a tie
        int at = 0;
        while (at < entries.size() && entries.get(at).words.length >= words.length) at++;
        entries.add(at, new Entry<>(words, ids, value));
        return this;
    }

    public Optional<Match<T>> at(List<Token> t, int i) {
        Entry<T> e = longestAt(t, i);
        return e == null ? Optional.empty() : Optional.of(new Match<>(e.value, e.words.length));
    }

    public boolean startsAt(List<Token> t, int i) {
        return longestAt(t, i) != null;
    }

    /** True when some phrase of this table begins with token {@code i}'s word, whether or not it goes on to match. */
    public boolean opensAt(List<Token> t, int i) {
        return i < t.size() && entriesFor(t.get(i)) != null;
    }

    private Entry<T> longestAt(List<Token> t, int i) {
        if (i >= t.size()) return null;
        List<Entry<T>> entries = entriesFor(t.get(i));
        if (entries == null) return null;
        for (Entry<T> e : entries) {
            if (matches(t, i, e)) return e;
        }
        return null;
    }

    /** The phrases whose first word is token {@code w}'s. */
    private List<Entry<T>> entriesFor(Token w) {
        int id = w.word();
        if (id < 0 && newest >= w.known()) id = Words.find(w.lower()); // a token older than this table
        return id < 0 || id >= byFirst.size() ? null : byFirst.get(id);
    }

    /** The first words of every phrase of this table. */
    public Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (List<Entry<T>> entries : byFirst) {
            if (entries != null) out.add(entries.get(0).words[0]);
        }
        return out;
    }

    /**
     * One word of each phrase, its longest: a text that holds none of these holds no phrase of this
     * table. A cheaper test than first words, which are often as common as "the".
     */
    public Set<String> keyWords() {
        Set<String> out = new HashSet<>();
        for (List<Entry<T>> entries : byFirst) {
            if (entries == null) continue;
            for (Entry<T> e : entries) {
                String key = e.words[0];
                for (String w : e.words) if (w.length() > key.length()) key = w;
                out.add(key);
            }
        }
        return out;
    }

    /** True when token {@code w}'s word is a one-word phrase of this table. */
    public boolean containsWord(Token w) {
        List<Entry<T>> entries = entriesFor(w);
        if (entries == null) return false;
        for (Entry<T> e : entries) {
            if (e.words.length == 1) return true;
        }
        return false;
    }

    /** A phrase that ends right before token {@code end} (starting at most {@code reach} tokens back). */
    public Optional<Match<T>> endingAt(List<Token> t, int end, int reach) {
        for (int k = Math.max(0, end - reach); k < end; k++) {
            Entry<T> e = longestAt(t, k);
            if (e != null && k + e.words.length == end) return Optional.of(new Match<>(e.value, e.words.length));
        }
        return Optional.empty();
    }

    /** The first phrase found in tokens {@code [from, to)}, with the token it starts at. */
    public Optional<Found<T>> firstIn(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            Entry<T> e = longestAt(t, k);
            if (e != null && k + e.words.length <= to) return Optional.of(new Found<>(k, new Match<>(e.value, e.words.length)));
        }
        return Optional.empty();
    }

    /** A phrase found at token {@code index}. */
    public record Found<T>(int index, Match<T> match) {}

    private static boolean matches(List<Token> t, int i, Entry<?> e) {
        if (i + e.words.length > t.size()) return false;
        for (int k = 1; k < e.words.length; k++) {
            if (!Words.same(t.get(i + k), e.ids[k], e.words[k])) return false;
        }
        return true;
    }
}
