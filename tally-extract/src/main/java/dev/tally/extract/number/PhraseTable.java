package dev.tally.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multi-word phrases indexed by their first word, matched against lower-cased tokens; the longest
 * phrase wins. Immutable once built, so thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseTable<T> {
    /** A phrase found at a token, what it stands for, and how many tokens it took. */
    public record Match<T>(T value, int length) {}

    private record Entry<T>(String[] words, T value) {}

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** Adds a phrase, tokenized as sentences are, so "men, women and children" matches its tokens. */
    public PhraseTable<T> add(String phrase, T value) {
        String[] words = TOKENIZER.tokenize(phrase).stream().map(Token::lower).toArray(String[]::new);
        if (words.length == 0) throw new IllegalArgumentException("phrase must have a word; got '" + phrase + "'");
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
        return this;
    }

    public Optional<Match<T>> at(List<Token> t, int i) {
        if (i >= t.size()) return Optional.empty();
        List<Entry<T>> entries = byFirst.get(t.get(i).lower());
        if (entries == null) return Optional.empty();
        Entry<T> best = null;
        for (Entry<T> e : entries) {
            if ((best == null || e.words.length > best.words.length) && matches(t, i, e.words)) best = e;
        }
        return best == null ? Optional.empty() : Optional.of(new Match<>(best.value, best.words.length));
    }

    /** The first words of every phrase of this table. */
    public java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirst.keySet());
    }

    /** True when some phrase of this table starts with {@code word}. */
    public boolean startsWithWord(String word) {
        return byFirst.containsKey(word);
    }

    /** True when {@code word} is a one-word phrase of this table. */
    public boolean containsWord(String word) {
        List<Entry<T>> entries = byFirst.get(word);
        if (entries == null) return false;
        for (Entry<T> e : entries) {
            if (e.words.length == 1) return true;
        }
        return false;
    }

    public boolean startsAt(List<Token> t, int i) {
        return at(t, i).isPresent();
    }

    /** A phrase that ends right before token {@code end} (starting at most {@code reach} tokens back). */
    public Optional<Match<T>> endingAt(List<Token> t, int end, int reach) {
        for (int k = Math.max(0, end - reach); k < end; k++) {
            Optional<Match<T>> m = at(t, k);
            if (m.isPresent() && k + m.get().length() == end) return m;
        }
        return Optional.empty();
    }

    /** The first phrase found in tokens {@code [from, to)}, with the token it starts at. */
    public Optional<Found<T>> firstIn(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            Optional<Match<T>> m = at(t, k);
            if (m.isPresent() && k + m.get().length() <= to) return Optional.of(new Found<>(k, m.get()));
        }
        return Optional.empty();
    }

    /** A phrase found at token {@code index}. */
    public record Found<T>(int index, Match<T> match) {}

    private static boolean matches(List<Token> t, int i, String[] words) {
        if (i + words.length > t.size()) return false;
        for (int k = 1; k < words.length; k++) {
            if (!t.get(i + k).lower().equals(words[k])) return false;
        }
        return true;
    }
}
