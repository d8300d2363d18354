package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.Outcome;
import dev.tally.model.Victims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the noun phrase after a figure and tells what the figure counts. Thread-safe. */
final class HeadReader {
    /** Words after a figure that leave it without a noun of its own ("over 20, with", "140 killed in"). */
    private static final WordSet BARE_FOLLOWERS = WordSet.of("in", "on", "at", "of", "from", "during", "since", "across", "and", "or", "but", "with", "by", "near",
            "as", "when", "after", "before", "while", "amid", "including", "among", "inside", "outside",
            "under", "this", "last", "following", "more", "so", "that", "who", "according", "over", "within",
            "throughout", "alone", "altogether", "total", "overall", "lost", "were", "was", "are", "is",
            "have", "has", "had", "been", "be", "being", "compared",
            // a speaker or a clause after a bare toll: "put the death toll at 58 saying ...", "rose to 58 the monitor said"
            "saying", "adding", "citing", "said", "says", "reported", "where", "which", "whereas", "though", "although",
            "because", "until", "then", "later", "today", "yesterday", "tonight", "overnight", "the", "it", "they", "he", "she", "we");
    private static final int MAX_MODIFIERS = 4;

    private final Lexicon lex;

    HeadReader(Lexicon lex) {
        this.lex = lex;
    }

    Head read(List<Token> t, Figure f) {
        int j = f.end();
        if (j < t.size() && t.get(j).is("of")) {
            if (j + 1 < t.size() && (t.get(j + 1).is("them") || t.get(j + 1).is("whom") || t.get(j + 1).is("those"))) {
                // "two of them children died": the people named after "of them" are the head
                Optional<Head> named = j + 2 < t.size() && t.get(j + 1).is("them") ? headAt(t, j + 2, Optional.empty()) : Optional.empty();
                int end = j + 2;
                return named.orElseGet(() -> new Head(Head.Kind.OTHERS, end, Optional.empty(), Optional.empty(), Optional.empty(), false));
            }
            if (f.vague() || f.count().phrase().toLowerCase(Locale.ROOT).startsWith("a ")) j++;
            if (j < t.size() && (t.get(j).is("the") || t.get(j).is("those"))) j++;
        }
        Optional<Victims> modifierVictims = Optional.empty();
        int free = 0;
        for (int k = j; k < Math.min(t.size(), j + MAX_MODIFIERS + 1); k++) {
            Optional<Head> head = headAt(t, k, modifierVictims);
            if (head.isPresent()) return head.get();
            Token w = t.get(k);
            // "Two Killed Three Injured": in a title, the harm is capitalised too, and no word describing people
            if (w.capitalized() && (lex.get(Lexicon.Role.RIGHT).opensAt(t, k) || lex.get(Lexicon.Role.LEFT).opensAt(t, k))) break;
            Optional<PhraseTable.Match<String>> mod = lex.get(Lexicon.Role.MODIFIER).at(t, k);
            if (mod.isPresent()) {
                if (!mod.get().value().equals("-")) modifierVictims = Optional.of(victims(mod.get().value()));
                k += mod.get().length() - 1;
            } else if (!(w.capitalized() || w.isWord() && w.lower().contains("-")) && !(free++ < MAX_FREE_WORDS && describes(t, k))) {
                break;
            }
        }
        return bareOrThing(t, f.end());
    }

    /** Plain words that may describe people before their noun with no list naming them ("21 moderate opposition fighters"). */
    private static final int MAX_FREE_WORDS = 2;

    /** Word {@code k} is a plain word, no verb or linking word, and a noun for people follows within two words. */
    private boolean describes(List<Token> t, int k) {
        Token w = t.get(k);
        if (!w.isWord() || BARE_FOLLOWERS.contains(w) || lex.get(Lexicon.Role.AUX).containsWord(w) || lex.get(Lexicon.Role.RIGHT).opensAt(t, k)
                || lex.get(Lexicon.Role.LEFT).opensAt(t, k)) return false;
        for (int n = k + 1; n <= Math.min(t.size() - 1, k + MAX_FREE_WORDS); n++) {
            if (lex.get(Lexicon.Role.PERSON).at(t, n).isPresent()) return true;
        }
        return false;
    }

    private Optional<Head> headAt(List<Token> t, int k, Optional<Victims> modifier) {
        Optional<PhraseTable.Match<String>> harm = lex.get(Lexicon.Role.NOUN).at(t, k);
        Optional<PhraseTable.Match<String>> person = lex.get(Lexicon.Role.PERSON).at(t, k);
        if (harm.isPresent() && (person.isEmpty() || harm.get().length() >= person.get().length())) {
            Outcome o = Outcome.valueOf(harm.get().value().toUpperCase(Locale.ROOT));
            boolean lives = t.get(k).is("lives");
            int end = k + harm.get().length();
            // "half a dozen wounded children", "two injured civilians": the people the harm word describes
            Optional<PhraseTable.Match<String>> who = end < t.size() ? lex.get(Lexicon.Role.PERSON).at(t, end) : Optional.empty();
            if (who.isPresent() && !who.get().value().equals("unknown") && modifier.isEmpty()) {
                return Optional.of(new Head(Head.Kind.HARM, end + who.get().length(), Optional.of(victims(who.get().value())),
                        Optional.empty(), Optional.of(o), lives));
            }
            // "65 bodies of civilians": the people after "of" are who they were
            Optional<Victims> of = modifier.isEmpty() && !lives ? ofGroup(t, end) : Optional.empty();
            return Optional.of(new Head(Head.Kind.HARM, end, of.isPresent() ? of : modifier, Optional.empty(), Optional.of(o), lives));
        }
        if (person.isEmpty()) return Optional.empty();
        int end = k + person.get().length();
        Optional<String> subgroup = lex.get(Lexicon.Role.SUBGROUP).at(t, k).map(PhraseTable.Match::value);
        if (t.get(k).is("others")) {
            return Optional.of(new Head(Head.Kind.OTHERS, end, Optional.empty(), Optional.empty(), Optional.empty(), false));
        }
        Victims v = victims(person.get().value());
        if (v == Victims.UNKNOWN && modifier.isPresent()) v = modifier.get();
        if (v == Victims.UNKNOWN) v = ofGroup(t, end).or(() -> apposition(t, end)).orElse(v);
        return Optional.of(new Head(Head.Kind.PERSON, end, Optional.of(v), subgroup, Optional.empty(), false));
    }

    /** "40 members of the pro-regime forces": the group after "of" names who they were. */
    private Optional<Victims> ofGroup(List<Token> t, int end) {
        if (end >= t.size() || !t.get(end).is("of")) return Optional.empty();
        for (int k = end + 1; k < Math.min(t.size(), end + 6); k++) {
            Optional<PhraseTable.Match<String>> p = lex.get(Lexicon.Role.PERSON).at(t, k);
            if (p.isPresent()) return p.get().value().equals("unknown") ? Optional.empty() : Optional.of(victims(p.get().value()));
            Optional<PhraseTable.Match<String>> mod = lex.get(Lexicon.Role.MODIFIER).at(t, k);
            if (mod.isPresent() && !mod.get().value().equals("-") && k + 1 < t.size() && t.get(k + 1).is("forces")) {
                return Optional.of(victims(mod.get().value()));
            }
        }
        return Optional.empty();
    }

    /** "around 40 people, mostly civilians": the apposition names who they were. */
    private Optional<Victims> apposition(List<Token> t, int end) {
        // "four people, including two civilians": a part, which says nothing of the rest
        if (end >= t.size() || !t.get(end).is(",") || end + 1 < t.size() && t.get(end + 1).is("including")) return Optional.empty();
        for (int k = end + 1; k < Math.min(t.size(), end + 6); k++) {
            if (t.get(k).is(",")) break;
            Optional<PhraseTable.Match<String>> p = lex.get(Lexicon.Role.PERSON).at(t, k);
            if (p.isPresent() && !p.get().value().equals("unknown")) return Optional.of(victims(p.get().value()));
        }
        return Optional.empty();
    }

    private Head bareOrThing(List<Token> t, int end) {
        boolean bare = end >= t.size()
                || t.get(end).type() == Token.Type.PUNCT && !t.get(end).is("%") && !t.get(end).is("-")
                || BARE_FOLLOWERS.contains(t.get(end))
                || lex.get(Lexicon.Role.RIGHT).startsAt(t, end)
                || lex.get(Lexicon.Role.AUX).startsAt(t, end) && !lex.get(Lexicon.Role.NOT_AFTER).startsAt(t, end);
        return new Head(bare ? Head.Kind.BARE : Head.Kind.THING, end, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    static Victims victims(String code) {
        return Victims.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
