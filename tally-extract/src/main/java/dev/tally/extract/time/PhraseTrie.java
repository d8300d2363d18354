package dev.tally.extract.time;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Multi-word phrases keyed by their tokens' keys ({@link Tokens#key(int)}), matched longest first
 * at a token position. Built once while the lexicon loads, then only read: safe to share.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTrie<T> {
    /** A phrase found: the token after its last word, and its value. */
    record Hit<T>(int end, T value) {}

    private final Map<String, PhraseTrie<T>> next = new HashMap<>();
    private T value;

    /** Adds {@code phrase} (words separated by single spaces); a later entry for the same phrase wins. */
    void put(String phrase, T v) {
        PhraseTrie<T> node = this;
        for (String word : phrase.split(" ")) {
            node = node.next.computeIfAbsent(word, w -> new PhraseTrie<>());
        }
        node.value = v;
    }

    /** The longest phrase that starts at token {@code at}, if any. */
    Optional<Hit<T>> match(Tokens tokens, int at) {
        PhraseTrie<T> node = this;
        Hit<T> best = null;
        for (int i = at; tokens.exists(i); i++) {
            if (tokens.isWord(i) && !tokens.has(i, TimeLexicon.KNOWN)) break;
            node = node.next.get(tokens.key(i));
            if (node == null) break;
            if (node.value != null) best = new Hit<>(i + 1, node.value);
        }
        return Optional.ofNullable(best);
    }

    /** Every word of every phrase. */
    Set<String> allWords() {
        Set<String> all = new HashSet<>(next.keySet());
        next.values().forEach(n -> all.addAll(n.allWords()));
        return all;
    }

    /** The last word of every phrase. */
    Set<String> lastWords() {
        Set<String> last = new HashSet<>();
        next.forEach((word, node) -> {
            if (node.value != null) last.add(word);
            last.addAll(node.lastWords());
        });
        return last;
    }

    /** The first words of all phrases. */
    Set<String> firstWords() {
        return Collections.unmodifiableSet(next.keySet());
    }
}
