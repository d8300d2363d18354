package dev.tally.extract.place;

import java.util.Optional;

/**
 * The words around a matched name: whether a locative cue or a type word frames it, what
 * precision a type word points to, and the extent of the place text as written
 * ("near the city of Fallujah", "the Al-Jadida neighborhood", "Raqqa governorate").
 * Word indexes are into a {@link Tokens}; {@code first..last} is the name, inclusive.
 */
record MentionFrame(int firstWord, int lastWord, boolean cued, boolean framed, Optional<String> type) {
    private static final int MAX_ADJECTIVES = 3;

    /** Reads the frame of the name spanning words {@code first..last}. */
    static MentionFrame of(Tokens t, Lexicon lex, int first, int last) {
        int afterType = typeAfter(t, lex, last);
        Optional<String> type = afterType > last ? lex.type(typeWords(t, last + 1, afterType)) : Optional.empty();
        int before = first - 1;
        boolean ofFrame = before > 0 && joined(t, before + 1) && t.folded(before).equals("of") && joined(t, before);
        if (ofFrame && type.isEmpty()) {
            type = lex.type(t.folded(before - 1)).filter(x -> !t.capitalised(before - 1) && !x.equals(Lexicon.ANY));
        }
        String cue = cueBefore(t, lex, first);
        boolean framed = type.isPresent() || (cue != null && lex.isFrame(cue));
        int start = frameStart(t, lex, first, afterType > last, ofFrame);
        int end = afterType > last ? afterType : last;
        return new MentionFrame(start, end, framed || cue != null, framed, type);
    }

    /** True when word {@code i} follows word {@code i - 1} with only a space or a hyphen between. */
    static boolean joined(Tokens t, int i) {
        return i > 0 && i < t.size() && (t.before(i) == Tokens.SPACE || t.before(i) == Tokens.HYPHEN);
    }

    /** The last word of a type word or phrase right after {@code last} ("refugee camp"), else {@code last}. */
    private static int typeAfter(Tokens t, Lexicon lex, int last) {
        int next = last + 1;
        if (!joined(t, next)) return last;
        if (joined(t, next + 1) && lex.type(typeWords(t, next, next + 1)).isPresent()) return next + 1;
        return lex.type(t.folded(next)).isPresent() ? next : last;
    }

    private static String typeWords(Tokens t, int from, int to) {
        return from == to ? t.folded(from) : t.folded(from) + " " + t.folded(to);
    }

    /** The cue within a few words before the name ("in", "near the besieged", "of"), or null. */
    private static String cueBefore(Tokens t, Lexicon lex, int first) {
        for (int k = first - 1, steps = 0; k >= 0 && steps <= MAX_ADJECTIVES && joined(t, k + 1); k--, steps++) {
            String w = t.folded(k);
            if (lex.isCue(w)) return w;
            boolean skippable = w.equals("the") || lex.demonym(w).isPresent() || !t.capitalised(k);
            if (!skippable) return null;
        }
        return null;
    }

    /**
     * Where the place text starts: before "the ... city of" or "north of" frames and "the X
     * camp" frames, with a leading "near"/"in" kept; otherwise at the name.
     */
    private static int frameStart(Tokens t, Lexicon lex, int first, boolean typeAfter, boolean ofFrame) {
        int k = first - 1;
        if (ofFrame) {
            String head = t.folded(k - 1);
            boolean typed = lex.type(head).filter(x -> !x.equals(Lexicon.ANY)).isPresent() || lex.isDirection(head);
            if (!typed || t.capitalised(k - 1)) return first;
            int headWord = k - 1;
            k -= 2;
            int close = headWord;
            for (int steps = 0; k >= 0 && steps < MAX_ADJECTIVES && joined(t, k + 1) && isAdjective(t, lex, k); steps++) {
                if (close == k + 1 && (lex.demonym(t.folded(k)).isPresent() || lex.isDirection(t.folded(k)))) close = k;
                k--;
            }
            // Without "the", only demonyms and directions join the frame ("Iraqi city of"), not any word before it.
            if (k < 0 || !joined(t, k + 1) || !t.folded(k).equals("the")) return close;
        } else if (!(typeAfter || standsAlone(t, lex, first))) {
            return first;
        }
        if (k < 0 || !joined(t, k + 1) || !t.folded(k).equals("the")) return first;
        if (k > 0 && joined(t, k) && lex.isFrame(t.folded(k - 1))) return k - 1;
        return k;
    }

    private static boolean isAdjective(Tokens t, Lexicon lex, int k) {
        String w = t.folded(k);
        return !w.equals("the") && !lex.isCue(w) && (lex.demonym(w).isPresent() || !t.capitalised(k));
    }

    /** "in the Gaza Strip." frames; "the Mosul offensive" does not: the name modifies a noun there. */
    static boolean standsAlone(Tokens t, Lexicon lex, int first) {
        int last = first;
        while (last + 1 < t.size() && joined(t, last + 1) && t.capitalised(last + 1)) last++;
        int next = last + 1;
        return next >= t.size() || t.before(next) == Tokens.BREAK || t.capitalised(next)
                || lex.isLead(t.folded(next)) || lex.isCue(t.folded(next)) || lex.type(t.folded(next)).isPresent();
    }
}
