package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;

import java.util.List;

/** Finds the clause around a token: bounded by strong punctuation and words that start a new clause. */
final class Clauses {
    private static final WordSet PUNCT = WordSet.of(";", ":", "\u2013", "\u2014", "(", ")", "[", "]");
    private static final WordSet OPENERS = WordSet.of("including", "compared", "while", "whereas", "but", "although");

    private Clauses() {
    }

    static int start(List<Token> t, int from) {
        for (int k = Math.min(from, t.size()) - 1; k >= 0; k--) {
            if (PUNCT.contains(t.get(k))) return k + 1;
            if (OPENERS.contains(t.get(k))) return k;
        }
        return 0;
    }

    static int end(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (PUNCT.contains(t.get(k)) || OPENERS.contains(t.get(k))) return k;
        }
        return t.size();
    }

    static boolean isBoundary(Token t) {
        return PUNCT.contains(t) || OPENERS.contains(t);
    }
}
