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
    private static final long OF = TokenTrie.hash("of"), THE = TokenTrie.hash("the");
    private static final String AREA = dev.tally.model.Place.Precision.ADMIN_AREA.name();

    /** Reads the frame of the name spanning words {@code first..last}. */
    static MentionFrame of(Tokens t, Lexicon lex, int first, int last) {
        int afterType = typeAfter(t, lex, last);
        Optional<String> type = afterType > last ? lex.type(typeWords(t, last + 1, afterType)) : Optional.empty();
        int before = first - 1;
        boolean ofFrame = before > 0 && joined(t, before + 1) && t.word(before) == OF && joined(t, before);
        if (ofFrame && type.isEmpty()) {
            type = lex.type(t.word(before - 1)).filter(x -> !t.capitalised(before - 1) && !x.equals(Lexicon.ANY));
        }
        // "rural Idlib": an area word right before the name, which then opens the place's text
        boolean areaBefore = false;
        if (type.isEmpty() && before >= 0 && joined(t, first)) {
            type = lex.type(t.word(before)).filter(x -> x.equals(AREA));
            areaBefore = type.isPresent();
        }
        int cue = cueBefore(t, first);
        boolean framed = type.isPresent() || (cue >= 0 && Lexicon.isFrame(t.kinds(cue)));
        int start = areaBefore ? before : frameStart(t, lex, first, afterType > last, ofFrame);
        int end = afterType > last ? afterType : last;
        return new MentionFrame(start, end, framed || cue >= 0, framed, type);
    }

    /** True when word {@code i} follows word {@code i - 1} with only a space or a hyphen between. */
    static boolean joined(Tokens t, int i) {
        return i > 0 && i < t.size() && (t.before(i) == Tokens.SPACE || t.before(i) == Tokens.HYPHEN);
    }

    /** The last word of a type word or phrase right after {@code last} ("refugee camp"), else {@code last}. */
    private static int typeAfter(Tokens t, Lexicon lex, int last) {
        int next = last + 1;
        if (!joined(t, next)) return last;
        if (joined(t, next + 1) && lex.isType(typeWords(t, next, next + 1))) return next + 1;
        return Lexicon.isType(t.kinds(next)) ? next : last;
    }

    /** The key of the type word {@code from}, or of the phrase {@code from to}. */
    private static long typeWords(Tokens t, int from, int to) {
        return from == to ? t.word(from) : Lexicon.pair(t.word(from), t.word(to));
    }

    /** The word index of the cue within a few words before the name ("in", "near the besieged", "of"), or -1. */
    private static int cueBefore(Tokens t, int first) {
        for (int k = first - 1, steps = 0; k >= 0 && steps <= MAX_ADJECTIVES && joined(t, k + 1); k--, steps++) {
            if (Lexicon.isCue(t.kinds(k))) return k;
            boolean skippable = t.word(k) == THE || Lexicon.isDemonym(t.kinds(k)) || !t.capitalised(k);
            if (!skippable) return -1;
        }
        return -1;
    }

    /**
     * Where the place text starts: before "the ... city of" or "north of" frames and "the X
     * camp" frames, with a leading "near"/"in" kept; otherwise at the name.
     */
    private static int frameStart(Tokens t, Lexicon lex, int first, boolean typeAfter, boolean ofFrame) {
        int k = first - 1;
        if (ofFrame) {
            boolean typed = lex.type(t.word(k - 1)).filter(x -> !x.equals(Lexicon.ANY)).isPresent() || Lexicon.isDirection(t.kinds(k - 1));
            if (!typed || t.capitalised(k - 1)) return first;
            int headWord = k - 1;
            k -= 2;
            int close = headWord;
            for (int steps = 0; k >= 0 && steps < MAX_ADJECTIVES && joined(t, k + 1) && isAdjective(t, k); steps++) {
                if (close == k + 1 && (Lexicon.isDemonym(t.kinds(k)) || Lexicon.isDirection(t.kinds(k)))) close = k;
                k--;
            }
            // Without "the", only demonyms and directions join the frame ("Iraqi city of"), not any word before it.
            if (k < 0 || !joined(t, k + 1) || t.word(k) != THE) return close;
        } else if (!(typeAfter || standsAlone(t, first))) {
            return first;
        }
        if (k < 0 || !joined(t, k + 1) || t.word(k) != THE) return first;
        if (k > 0 && joined(t, k) && Lexicon.isFrame(t.kinds(k - 1))) return k - 1;
        return k;
    }

    private static boolean isAdjective(Tokens t, int k) {
        return t.word(k) != THE && !Lexicon.isCue(t.kinds(k)) && (Lexicon.isDemonym(t.kinds(k)) || !t.capitalised(k));
    }

    /** "in the Gaza Strip." frames; "the Mosul offensive" does not: the name modifies a noun there. */
    static boolean standsAlone(Tokens t, int first) {
        int last = first;
        while (last + 1 < t.size() && joined(t, last + 1) && t.capitalised(last + 1)) last++;
        int next = last + 1;
        return next >= t.size() || t.before(next) == Tokens.BREAK || t.capitalised(next)
                || Lexicon.isLead(t.kinds(next)) || Lexicon.isCue(t.kinds(next)) || Lexicon.isType(t.kinds(next));
    }
}
