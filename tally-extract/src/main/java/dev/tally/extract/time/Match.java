package dev.tally.extract.time;

/** What a grammar rule read at some token: the meaning, and the token just after the last one it used. */
record Match(int end, Expr expr) {
    /** The longer of two matches from the same start; {@code a} wins ties, so rules tried first take precedence. */
    static Match longer(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.end > a.end ? b : a;
    }
}
