package dev.tally.extract.claim;

import dev.tally.extract.number.Token;

import java.util.List;
import java.util.Set;

/** Finds the clause around a token: bounded by strong punctuation and words that start a new clause. */
final class Clauses {
    private static final Set<String> PUNCT = Set.of(";", ":", "\u2013", "\u2014", "(", ")", "[", "]");
    private static final Set<String> OPENERS = Set.of("including", "compared", "while", "whereas", "but", "although");

    private Clauses() {
    }

    static int start(List<Token> t, int from) {
        for (int k = Math.min(from, t.size()) - 1; k >= 0; k--) {
            if (PUNCT.contains(t.get(k).lower())) return k + 1;
            if (OPENERS.contains(t.get(k).lower())) return k;
        }
        return 0;
    }

    static int end(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (PUNCT.contains(t.get(k).lower()) || OPENERS.contains(t.get(k).lower())) return k;
        }
        return t.size();
    }

    static boolean isBoundary(Token t) {
        return PUNCT.contains(t.lower()) || OPENERS.contains(t.lower());
    }
}
