package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the harm a figure counts from the words around it: a verb before it ("killed at least 12"),
 * a participle after its noun ("36 civilians ... were killed"), or a toll it completes ("put the
 * death toll at over 20"). Thread-safe.
 */
final class HarmReader {
    /** Verbs before a figure that harm only when a person noun follows ("lost 13 members", not "lost 20 villages"). */
    private static final WordSet WEAK_LEFT = WordSet.of("lost", "buried", "burying", "claimed", "claiming", "cost",
            "costing", "took", "taking", "leaving", "left", "seized", "seizing", "dead");
    /** Words between a verb and the people it harms: "killing the four", "injuring some civilians", "wounding many others". */
    /** Verbs before a figure whose harm the words after it may name instead ("left seven people injured", "leaving 12 wounded"). */
    private static final WordSet FRAMING_LEFT = WordSet.of("left", "leaving", "leaves");
    private static final WordSet DETERMINERS = WordSet.of("the", "all", "his", "her", "their", "its", "a", "an", "some", "many", "other");
    private static final WordSet FAMILY_OPENERS = WordSet.of("entire", "whole", "extended", "the", "a", "an", "his", "her", "their");
    private static final WordSet NEGATIONS = WordSet.of("not", "never", "n't");
    private static final int RIGHT_REACH = 12;
    private static final int TOLL_REACH = 7;

    /** What was found: an outcome, or "the same as the claim this continues" ({@code inherit}). */
    record Harm(Optional<Outcome> outcome, int triggerEnd) {}

    private final Lexicon lex;

    HarmReader(Lexicon lex) {
        this.lex = lex;
    }

    Optional<Harm> read(List<Token> t, Figure f, Head head) {
        if (head.kind() == Head.Kind.HARM && !head.lives()) {
            return Optional.of(new Harm(head.harm(), head.end()));
        }
        // "put the death toll at 58 saying more had been hurt": a bare figure a toll names counts what the toll counts
        if (head.kind() == Head.Kind.BARE) {
            Optional<Harm> toll = toll(t, f);
            if (toll.isPresent()) return toll;
        }
        Optional<Harm> right = right(t, head.end(), f, head);
        Optional<Harm> left = left(t, f, head);
        if (right.isPresent() && right.get().outcome().get() == Outcome.CASUALTIES) return right;
        // "left seven people injured": a verb that only frames the figure yields to the participle that names the harm
        if (right.isPresent() && left.isPresent() && FRAMING_LEFT.contains(t.get(skipDeterminers(t, f.first()) - 1))) return right;
        // "Four people including a child killed six others injured": a headline's second figure, named by the participle after it
        if (right.isPresent() && left.isPresent() && head.kind() == Head.Kind.OTHERS && right.get().triggerEnd() - head.end() <= 2) return right;
        if (left.isPresent()) return left;
        if (right.isPresent()) return right;
        // "an injured person was delivered to the hospital": one person whose description names the harm
        if (head.kind() == Head.Kind.ONE && head.harm().isPresent()) return Optional.of(new Harm(head.harm(), head.end()));
        if (head.kind() == Head.Kind.ONE) {
            Optional<Harm> carried = woundsCarried(t, head.end());
            if (carried.isPresent()) return carried;
        }
        return toll(t, f);
    }

    private Optional<Harm> left(List<Token> t, Figure f, Head head) {
        int at = skipDeterminers(t, f.first());
        Optional<PhraseTable.Match<String>> m = lex.get(Lexicon.Role.LEFT).endingAt(t, at, 4);
        if (m.isEmpty() && head.kind() == Head.Kind.ONE) {
            // "killed three soldiers and a civilian", "killed two officials and their driver": one person listed after the verb's
            // object, when that object ends in people ("shot three times and a 19-year-old woman ..." lists no one)
            at = lex.get(Lexicon.Role.PERSON).containsWord(t.get(Math.max(0, at - 2))) ? listedAfter(t, at) : -1;
            if (at > 0) m = lex.get(Lexicon.Role.LEFT).endingAt(t, at, 4);
        }
        if (m.isEmpty()) return Optional.empty();
        String verb = t.get(at - 1).lower();
        if (m.get().length() == 1 && WEAK_LEFT.contains(verb)) {
            boolean livesVerb = verb.startsWith("claim") || verb.startsWith("cost") || verb.startsWith("t");
            boolean named = head.kind() == Head.Kind.PERSON || head.kind() == Head.Kind.HARM;
            if (livesVerb ? !head.lives() : !named) return Optional.empty();
        }
        return Optional.of(new Harm(Optional.of(outcome(m.get().value())), f.first()));
    }

    /**
     * Where the object opens that a person after "and" at {@code at} is listed with ("three soldiers and a civilian"): a
     * figure (a number, or "a"/"an"/"one") at most {@value #LISTED_WORDS} words back, words only between; else -1.
     */
    private static int listedAfter(List<Token> t, int at) {
        if (at < 3 || !t.get(at - 1).is("and")) return -1;
        for (int k = at - 2; k >= Math.max(0, at - 1 - LISTED_WORDS); k--) {
            Token w = t.get(k);
            if (!w.isWord() && !w.isNumber() || w.is("and")) return -1;
            if (w.isNumber() || LIST_OPENERS.contains(w)) return skipDeterminers(t, k);
        }
        return -1;
    }

    private static final int LISTED_WORDS = 4;
    private static final WordSet LIST_OPENERS = WordSet.of("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "scores");

    /** "killing the four young children", "killing a family of six": words between a verb and its figure. */
    private static int skipDeterminers(List<Token> t, int first) {
        int k = first;
        if (k >= 2 && t.get(k - 1).is("of") && (t.get(k - 2).is("family") || t.get(k - 2).is("families"))) {
            k -= 2;
            while (k > 0 && FAMILY_OPENERS.contains(t.get(k - 1))) k--;
        }
        while (k > 0 && DETERMINERS.contains(t.get(k - 1))) k--;
        return k;
    }

    /** A participle after the noun, reached through the verb group: "were killed", "have been turned into refugees". */
    private Optional<Harm> right(List<Token> t, int from, Figure f, Head head) {
        // "killed including a child and 37 others were injured": a part belongs to the figure before it, not to a verb it shares
        boolean aPart = f.first() > 0 && SentenceReader.PART_OPENERS.contains(t.get(f.first() - 1));
        // "the victim was approached by two men and was shot", "caught in the crossfire between two men was shot": the
        // verb after an agent or a party named in a phrase is the sentence subject's
        if (f.first() > 0 && AGENT_PREPOSITIONS.contains(t.get(f.first() - 1))) return Optional.empty();
        int stop = Math.min(t.size(), from + RIGHT_REACH);
        int afterPart = -1; // "Four people including a child killed": a participle right after the part is the noun's own
        int own = from; // the words up to here belong to the figure's noun phrase (its parts, appositions, conjuncts)
        for (int k = from; k < stop; k++) {
            Token w = t.get(k);
            int skip = k == from ? listedPartEnd(t, k) : k;
            if (skip == k) skip = appositionEnd(t, k);
            if (skip == k && k == from && !aPart) skip = conjunctEnd(t, k);
            if (skip > k) {
                stop = Math.min(t.size(), stop + (skip - k));
                k = skip - 1;
                own = skip;
                continue;
            }
            int part = k == from ? Math.max(partEnd(t, k), ofThemEnd(t, k)) : k;
            if (part > k) { // "fifteen civilians including nine children were killed": the part is an aside
                stop = Math.min(t.size(), stop + (part - k));
                k = part - 1;
                afterPart = part;
                own = part;
                continue;
            }
            // "a woman caught in the crossfire between two men was shot": a party named in a phrase is no figure of its own
            if (w.isNumber() && AGENT_PREPOSITIONS.contains(t.get(k - 1))) continue;
            if (w.isNumber() || Clauses.isBoundary(w) || w.is(".")) return Optional.empty();
            if (lex.get(Lexicon.Role.FORECAST).startsAt(t, k)) return Optional.empty();
            // "did not see a suspect, and no one was injured": the harm that follows is denied of someone else
            if (w.is("nobody") || w.is("no") && k + 1 < t.size() && t.get(k + 1).is("one")) return Optional.empty();
            Optional<PhraseTable.Match<String>> m = longestFrom(t, k);
            if (m.isPresent() && (k == from || k == afterPart || isVerbGroup(t.get(k - 1)))) {
                if (k > 0 && NEGATIONS.contains(t.get(k - 1))) return Optional.empty(); // "two passengers were not hurt"
                if (anotherSubject(t, own, k)) return Optional.empty();
                // "a neighbor also captured the suspect"; who "fled the town" is who was displaced
                if (!m.get().value().equals("displaced") && active(t, from, k, m.get().length(), head.kind() == Head.Kind.ONE)) return Optional.empty();
                return Optional.of(new Harm(Optional.of(outcome(m.get().value())), k + m.get().length()));
            }
        }
        return Optional.empty();
    }

    /**
     * "A neighbor also captured the suspect", "a man killed his wife": a one-word verb right after the
     * noun, with no auxiliary before it and an object after it, is active: the noun did it, not suffered it.
     */
    private boolean active(List<Token> t, int from, int k, int length, boolean onePerson) {
        // a headline's capitalised participle ("2 Killed 10 Injured") is no active verb; a number opens the object only after one
        // person ("A suicide bomber killed five"), not after a count ("1 child killed 6 children & their mother under rubble")
        // "A 23-year-old man shot and killed his father": a phrase of several words is active too when an object follows it
        int next = k + length;
        if (next >= t.size() || t.get(k).capitalized()
                || !(OBJECT_OPENERS.contains(t.get(next)) || onePerson && countOpens(t.get(next)))) return false;
        // "were killed the Syrian Network for Human Rights claimed": an auxiliary before or inside the phrase makes it passive
        for (int j = from; j < next; j++) {
            if (PASSIVE_AUX.contains(t.get(j))) return false;
        }
        // "fatally shot his wife and then himself": the one who shot is harmed too
        for (int j = next + 1; j < Math.min(t.size(), next + REFLEXIVE_REACH); j++) {
            if (REFLEXIVES.contains(t.get(j)) && (t.get(j - 1).is("and") || t.get(j - 1).is("then"))) return false;
        }
        // "Four people including a child killed six others injured": the number after it names its own harm; two clauses
        for (int j = next + 1; j < Math.min(t.size(), next + 3); j++) {
            if (rightAt(t, j).isPresent()) return false;
        }
        return true;
    }

    /**
     * "A man showed up at a local hospital with a gunshot wound": one person who arrives somewhere "with" gunshot or stab
     * wounds later in the clause was wounded; one "found" with them may be dead.
     */
    private static Optional<Harm> woundsCarried(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + CARRIED_REACH); k++) {
            Token w = t.get(k);
            // "was found ... with a gunshot wound to her head" may tell of a body: the article's other words say which
            if (Clauses.isBoundary(w) || w.is(".") || w.is("found")) return Optional.empty();
            if (!w.is("with")) continue;
            int j = k + 1;
            while (j < t.size() && j - k <= WOUND_WORDS && !WOUND_KINDS.contains(t.get(j))) j++;
            if (j + 1 < t.size() && WOUND_KINDS.contains(t.get(j)) && WOUNDS.contains(t.get(j + 1))) return Optional.of(new Harm(Optional.of(Outcome.INJURED), j + 2));
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final int CARRIED_REACH = 12, WOUND_WORDS = 3;
    private static final WordSet WOUND_KINDS = WordSet.of("gunshot", "stab", "bullet", "shrapnel");
    private static final WordSet WOUNDS = WordSet.of("wound", "wounds");

    private static final WordSet REFLEXIVES = WordSet.of("himself", "herself", "themselves");
    private static final int REFLEXIVE_REACH = 6;

    /**
     * "3 soldiers and 5 militants were killed": another figure joined by "and" shares the verb; returns the token after
     * its noun (at most {@value #CONJUNCT_WORDS} words), or {@code k} when no such figure starts there.
     */
    private int conjunctEnd(List<Token> t, int k) {
        if (!t.get(k).is("and") || k + 1 >= t.size() || !countOpens(t.get(k + 1))) return k;
        for (int j = k + 2; j < Math.min(t.size(), k + 2 + CONJUNCT_WORDS); j++) {
            if (isVerbGroup(t.get(j)) || rightAt(t, j).isPresent()) return j;
            if (Clauses.isBoundary(t.get(j)) || t.get(j).isNumber()) return k;
        }
        return k;
    }

    private static final int CONJUNCT_WORDS = 4;

    /** A number, or a word that opens a count of people ("five", "dozens", "several"). */
    private static boolean countOpens(Token w) {
        return w.isNumber() || COUNT_WORDS.contains(w);
    }
    private static final WordSet COUNT_WORDS = WordSet.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "dozens", "scores", "hundreds", "several");

    /** What opens the object of an active verb, besides a number: "killed his wife", "killed five policemen" (a suicide bomber is no victim). */
    private static final WordSet OBJECT_OPENERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "these", "those", "him", "them");
    private static final WordSet PASSIVE_AUX = WordSet.of("was", "were", "been", "be", "being", "is", "are", "got", "get");

    /**
     * The harm phrase at {@code k}, or one that starts inside it and runs further: "were killed and injured"
     * is "killed and injured" (dead and wounded), not "were killed"; the match is measured from {@code k}.
     */
    private Optional<PhraseTable.Match<String>> longestFrom(List<Token> t, int k) {
        Optional<PhraseTable.Match<String>> m = rightAt(t, k);
        if (m.isEmpty()) return m;
        for (int j = k + 1; j < k + m.get().length(); j++) {
            Optional<PhraseTable.Match<String>> inner = rightAt(t, j);
            if (inner.isPresent() && j + inner.get().length() > k + m.get().length()) {
                m = Optional.of(new PhraseTable.Match<>(inner.get().value(), j + inner.get().length() - k));
            }
        }
        return m;
    }

    /**
     * The participle phrase at {@code k}, read as written or past the qualifiers inside it: "sustained a
     * non life-threatening gunshot wound" is "sustained a gunshot wound" (its length counts the qualifiers).
     */
    private Optional<PhraseTable.Match<String>> rightAt(List<Token> t, int k) {
        PhraseTable<String> right = lex.get(Lexicon.Role.RIGHT);
        Optional<PhraseTable.Match<String>> m = right.at(t, k);
        if (m.isPresent() || !right.opensAt(t, k)) return m;
        List<Token> plain = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int j = k; j < Math.min(t.size(), k + QUALIFIED_REACH); ) {
            Optional<PhraseTable.Match<String>> q = j > k ? lex.get(Lexicon.Role.QUALIFIER).at(t, j) : Optional.empty();
            if (q.isPresent()) {
                j += q.get().length();
                continue;
            }
            plain.add(t.get(j));
            at.add(j);
            j++;
        }
        return right.at(plain, 0).map(p -> new PhraseTable.Match<>(p.value(), at.get(p.length() - 1) - k + 1));
    }

    private static final int QUALIFIED_REACH = 10;

    /**
     * ", most of them women and children," or "– including five women –": an aside between a noun and
     * its verb. Returns the token after the aside, or {@code k} when none starts at {@code k}.
     */
    static int appositionEnd(List<Token> t, int k) {
        Token open = t.get(k);
        boolean dash = open.is("\u2013") || open.is("\u2014") || open.is("-") || open.is("(");
        if (!(open.is(",") || dash)) return k;
        String close = open.is("(") ? ")" : open.lower();
        for (int j = k + 1; j < Math.min(t.size(), k + 16); j++) {
            Token w = t.get(j);
            if (w.is(close) || dash && !open.is("(") && (w.is("\u2013") || w.is("\u2014"))) return j + 1;
            if (w.is(";") || w.is(".") || w.is(":")) return k;
        }
        return k;
    }

    /**
     * "including nine children", "among them three women" between a figure's noun and its verb: the token
     * after the part (the verb group), or {@code k} when no such part starts at {@code k}.
     */
    private int partEnd(List<Token> t, int k) {
        if (!partOpens(t, k)) return k;
        for (int j = k + 1; j < Math.min(t.size(), k + PART_REACH); j++) {
            if (Clauses.isBoundary(t.get(j)) || t.get(j).is(".")) return k;
            if (lex.get(Lexicon.Role.AUX).containsWord(t.get(j)) && j > k + 2) return j;
        }
        return k;
    }

    private static final int PART_REACH = 8;

    /**
     * "Three people two of them children died": a part counted "of them" with no commas around it, between the noun and
     * its verb. The token of the verb group or harm word after the part, or {@code k} when no such part starts at {@code k}.
     */
    private int ofThemEnd(List<Token> t, int k) {
        if (k + 3 >= t.size() || !countOpens(t.get(k)) || !t.get(k + 1).is("of") || !(t.get(k + 2).is("them") || t.get(k + 2).is("whom"))) {
            return k;
        }
        for (int j = k + 3; j < Math.min(t.size(), k + 3 + OF_THEM_WORDS); j++) {
            if (Clauses.isBoundary(t.get(j)) || t.get(j).is(".") || t.get(j).isNumber()) return k;
            if (lex.get(Lexicon.Role.AUX).containsWord(t.get(j)) || rightAt(t, j).isPresent()) return j;
        }
        return k;
    }

    /** How many words may describe the part: "two of them young children". */
    private static final int OF_THEM_WORDS = 4;

    /** "including", "among them": a part of the people counted opens at {@code k}. */
    private static boolean partOpens(List<Token> t, int k) {
        return t.get(k).is("including") || t.get(k).is("among") && k + 1 < t.size() && t.get(k + 1).is("them");
    }
    /** How far a listed part may run: ", including women, children and elderly people, injured". */
    private static final int LISTED_PART_REACH = 16;

    /**
     * ", including women, children and elderly people," between a figure's noun and its verb: a part
     * that lists with commas of its own. The token after the comma that a verb group or a harm
     * participle follows, or {@code k} when no such part starts at {@code k}.
     */
    private int listedPartEnd(List<Token> t, int k) {
        if (!t.get(k).is(",") || k + 1 >= t.size()) return k;
        int open = k + 1;
        if (!partOpens(t, open)) return k;
        for (int j = open + 2; j + 1 < Math.min(t.size(), open + LISTED_PART_REACH); j++) {
            if (t.get(j).is(".") || t.get(j).is(";")) return k;
            if (t.get(j).is(",") && (lex.get(Lexicon.Role.AUX).containsWord(t.get(j + 1)) || rightAt(t, j + 1).isPresent())) return j + 1;
        }
        return k;
    }

    /**
     * "Three men were taken into custody after a man was shot and killed", "several people entered a home and one of the
     * residents was shot": a clause opened past the figure's own phrase ({@code own}) by a connective, whose subject names a
     * person before the verb group of the harm at {@code k}, tells what happened to that person. A pronoun ("where he was
     * pronounced dead") points back to the figure's own; "and" right after the figure's phrase joins a second subject
     * to it ("Two brothers and their father were shot").
     */
    private boolean anotherSubject(List<Token> t, int own, int k) {
        int verb = k - 1;
        while (verb > own && lex.get(Lexicon.Role.AUX).containsWord(t.get(verb - 1))) verb--;
        if (verb == k - 1 && !lex.get(Lexicon.Role.AUX).containsWord(t.get(verb))) return false;
        for (int c = verb - 2; c > own; c--) {
            if (!CONNECTIVES.contains(t.get(c))) continue;
            // "and" opens a clause only after a verb of the figure's own and before a subject with a determiner or a count:
            // "19 fighters and four civilians were killed", "mostly women and children" and "the Safi and Kaloub families" are
            // each one noun phrase
            if (COORDINATORS.contains(t.get(c)) && !(verbBetween(t, own, c)
                    && (OBJECT_OPENERS.contains(t.get(c + 1)) || countOpens(t.get(c + 1)) || t.get(c + 1).is("one")))) return false;
            for (int n = c + 1; n < verb; n++) {
                if (lex.get(Lexicon.Role.PERSON).containsWord(t.get(n))) return true;
            }
            return false;
        }
        return false;
    }

    /** Whether {@code [from, to)} holds a verb: an auxiliary, or a word in "-ed" ("entered a home"). */
    private boolean verbBetween(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = t.get(j).lower();
            if (lex.get(Lexicon.Role.AUX).containsWord(t.get(j)) || w.length() > PAST_MIN && w.endsWith("ed")) return true;
        }
        return false;
    }

    private static final int PAST_MIN = 3;

    private static final WordSet AGENT_PREPOSITIONS = WordSet.of("by", "between");
    private static final WordSet CONNECTIVES = WordSet.of("after", "before", "when", "while", "and", "but", "because", "until", "whereas");
    private static final WordSet COORDINATORS = WordSet.of("and", "but");

    private boolean isVerbGroup(Token before) {
        return lex.get(Lexicon.Role.AUX).containsWord(before) || before.is(",");
    }

    /** "the death toll at over 20", "fatalities from coalition airstrikes rose to 198", "the figure is 3 million". */
    private Optional<Harm> toll(List<Token> t, Figure f) {
        if (f.first() == 0 || !lex.get(Lexicon.Role.LINK).startsAt(t, f.first() - 1)) return Optional.empty();
        for (int k = f.first() - 1; k >= Math.max(0, f.first() - TOLL_REACH); k--) {
            if (Clauses.isBoundary(t.get(k)) || t.get(k).isNumber()) return Optional.empty();
            // "fears that the death toll may rise as a number of civilians remain trapped": a toll foreseen counts no one yet
            if (t.get(k).is("may") || lex.get(Lexicon.Role.FORECAST).startsAt(t, k)) return Optional.empty();
            Optional<PhraseTable.Match<String>> m = lex.get(Lexicon.Role.TOLL).at(t, k);
            if (m.isPresent() && k + m.get().length() <= f.first()) {
                String v = m.get().value();
                return Optional.of(new Harm(v.equals("=") ? Optional.empty() : Optional.of(outcome(v)), f.first()));
            }
        }
        return Optional.empty();
    }

    static Outcome outcome(String code) {
        return Outcome.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
