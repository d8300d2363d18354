package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.Victims;

import java.util.List;
import java.util.Optional;

/**
 * Who a bare figure counts when its own sentence does not say ("It may well be as high as 10,000
 * dead and wounded" after "the losses that its forces have suffered"): the last group of people
 * of a known kind named in the sentence before.
 */
final class Antecedents {
    private final Lexicon lex;

    Antecedents(Lexicon lex) {
        this.lex = lex;
    }

    private static final WordSet ANAPHORS = WordSet.of("it", "this", "that", "they", "these", "those",
            "others", "another", "such");

    /** A sentence that opens by pointing back ("It may well be ...", "They have claimed ..."). */
    static boolean anaphoric(List<Token> sentence) {
        return !sentence.isEmpty() && ANAPHORS.contains(sentence.get(0));
    }

    Optional<Victims> victims(List<Token> previous) {
        Optional<Victims> found = Optional.empty();
        for (int k = 0; k < previous.size(); k++) {
            Optional<PhraseTable.Match<String>> mod = lex.get(Lexicon.Role.MODIFIER).at(previous, k);
            if (mod.isPresent() && !mod.get().value().equals("-") && k + 1 < previous.size()
                    && lex.get(Lexicon.Role.NOUN).startsAt(previous, k + 1)) {
                found = Optional.of(HeadReader.victims(mod.get().value()));
                continue;
            }
            Optional<PhraseTable.Match<String>> p = lex.get(Lexicon.Role.PERSON).at(previous, k);
            if (p.isPresent() && !p.get().value().equals("unknown")) {
                found = Optional.of(HeadReader.victims(p.get().value()));
                k += p.get().length() - 1;
            }
        }
        return found;
    }
}
