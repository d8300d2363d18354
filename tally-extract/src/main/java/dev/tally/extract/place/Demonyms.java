package dev.tally.extract.place;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds capitalised demonyms ("Iraqi", "South Sudanese") in a text: evidence of the countries an
 * article is about. "the Syrian city" counts for more than "Syrian fighters", so a hit records
 * whether a type word follows. Stateless; thread-safe.
 */
final class Demonyms {
    private Demonyms() {
    }

    /**
     * One demonym in a text.
     *
     * @param start   start offset of the demonym in the text (inclusive)
     * @param end     end offset (exclusive)
     * @param country ISO alpha-2 code of the country it names
     * @param typed   true when a type word follows ("the Syrian city", "an Iraqi province")
     * @param actor   true when a word for armed forces follows ("the Turkish army", "Russian warplanes")
     */
    record Hit(int start, int end, String country, boolean typed, boolean actor) {}

    /** The demonyms in {@code t}, which must have been read against {@code lex}. */
    static List<Hit> find(Tokens t, Lexicon lex) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            // Few words are demonyms or begin one, so their kinds rule out most words before their letters are read.
            int kinds = t.kinds(i);
            if (!(Lexicon.isPhraseHead(kinds) || Lexicon.isDemonym(kinds)) || !t.capitalised(i)) continue;
            int last = i;
            String country = null;
            if (Lexicon.isPhraseHead(kinds) && MentionFrame.joined(t, i + 1)) {
                country = lex.demonym(Lexicon.pair(t.word(i), t.word(i + 1))).orElse(null);
            }
            if (country != null) {
                last = i + 1;
            } else if (Lexicon.isDemonym(kinds)) {
                country = lex.demonym(t.word(i)).orElse(null);
            }
            if (country == null) continue;
            boolean next = MentionFrame.joined(t, last + 1);
            boolean typed = next && Lexicon.isType(t.kinds(last + 1));
            boolean actor = next && Lexicon.isForce(t.kinds(last + 1));
            hits.add(new Hit(t.start(i), t.end(last), country, typed, actor));
            i = last;
        }
        return hits;
    }
}
