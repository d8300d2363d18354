package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds one person described or named: "a paramedic", "his brother", "a 14 year old child",
 * "Abdullah Ahmed Abu Saif was killed". Each counts 1 when harm is reported of it. Thread-safe.
 */
final class SinglePersons {
    private static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "his", "her", "their", "its");
    /** Pronouns that stand for one person: "he was wounded", "she suffered minor injuries". */
    private static final WordSet PRONOUNS = WordSet.of("he", "she");
    /** "one was killed and another injured": one more person, never the one before. */
    private static final WordSet ANOTHER = WordSet.of("another");
    /** "a third was wounded": an ordinal after "a" stands for one more person, as "another" does. */
    private static final WordSet ORDINALS = WordSet.of("second", "third", "fourth", "fifth", "sixth");
    /** The verb group between such a pronoun and its harm: "he had been shot", "she was later pronounced dead". */
    private static final WordSet PRONOUN_VERB_GROUP = WordSet.of("was", "is", "had", "has", "been", "later", "also", "reportedly",
            "allegedly", "then", "critically", "seriously", "fatally", "badly", "slightly");
    private static final WordSet NAME_PARTICLES = WordSet.of("al", "al-", "el", "abu", "bin", "ibn", "bint", "de", "van", "von", "abdel", "abd");
    private static final int MAX_MODIFIERS = 5;

    private final Lexicon lex;

    SinglePersons(Lexicon lex) {
        this.lex = lex;
    }

    List<Mention> find(String text, List<Token> t) {
        List<Mention> out = new ArrayList<>();
        Optional<Mention> injuries = injuriesOf(text, t);
        injuries.ifPresent(out::add);
        for (int i = injuries.isPresent() ? 1 : 0; i < t.size(); i++) {
            int k = i;
            if (DETERMINERS.contains(t.get(k))) {
                // "a third was wounded" stands for one more person; "a second man" is described
                boolean ordinal = t.get(k).is("a") && k + 1 < t.size() && ORDINALS.contains(t.get(k + 1));
                (ordinal ? pronoun(text, t, k, k + 2) : Optional.<Mention>empty()).or(() -> described(text, t, k)).ifPresent(out::add);
            } else if (PRONOUNS.contains(t.get(k)) || ANOTHER.contains(t.get(k))) {
                pronoun(text, t, k, k + 1).ifPresent(out::add);
            } else if (k == 0 || HEADLINE_BREAKS.contains(t.get(k - 1))) {
                bare(text, t, k).ifPresent(out::add);
            } else {
                bareObject(text, t, k).ifPresent(out::add);
            }
        }
        named(text, t).ifPresent(out::add);
        ownHand(text, t).ifPresent(out::add);
        return joined(text, t, withoutAppositions(t, out));
    }

    /**
     * "his nephew, the young man Naeem": a "the" person right after another and a comma is that person again, and so is a
     * name after them ("his nephew, the young man Omar Saleh, who was killed").
     */
    private static List<Mention> withoutAppositions(List<Token> t, List<Mention> persons) {
        List<Mention> out = new ArrayList<>(persons.size());
        for (Mention m : persons) {
            int first = m.figure().first();
            int before = out.isEmpty() ? -1 : out.get(out.size() - 1).figure().end();
            boolean again = before >= 0 && before + 1 <= first && t.get(before).is(",") && t.get(before + 1).is("the")
                    && first - before <= MAX_APPOSITION_WORDS + 1;
            // "a child, the injury of a woman" is another person: an apposition's words are a description, never "of"
            for (int k = before + 1; again && k < first; k++) {
                again = !t.get(k).capitalized() && !t.get(k).is(",") && !t.get(k).is("of") && !t.get(k).isNumber();
            }
            if (!again) out.add(m);
        }
        return out;
    }

    /** The words an apposition may put between a comma and the person again: "the young man". */
    private static final int MAX_APPOSITION_WORDS = 4;

    /** "a man and a woman were hurt", "a driver, a nurse and a child": persons listed together count together. */
    private static List<Mention> joined(String text, List<Token> t, List<Mention> persons) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            Mention first = persons.get(i);
            int j = i;
            // "a dead man and an injured child" are two figures: their descriptions name two harms
            while (j + 1 < persons.size() && listed(t, persons.get(j).figure().end(), persons.get(j + 1).figure().first())
                    && persons.get(j).head().harm().equals(persons.get(j + 1).head().harm())) j++;
            if (j == i) {
                out.add(first);
                continue;
            }
            Mention last = persons.get(j);
            Figure f = new Figure(first.figure().first(), last.figure().end(), Count.exactly(
                    text.substring(t.get(first.figure().first()).start(), t.get(last.figure().end() - 1).end()), j - i + 1L), false, false);
            boolean sameVictims = persons.subList(i, j + 1).stream().allMatch(m -> m.head().victims().equals(first.head().victims()));
            out.add(new Mention(f, new Head(Head.Kind.ONE, last.head().end(),
                    sameVictims ? first.head().victims() : Optional.empty(), Optional.empty(), first.head().harm(), false)));
            i = j;
        }
        return out;
    }

    /** Only "and" or a comma (with an optional "and") stands between two listed persons. */
    private static boolean listed(List<Token> t, int end, int next) {
        // "a paramedic Nazmi Abu Hadayed and a volunteer Odeh Al-Kurdi": the name after a person noun is that person's
        int k = end;
        while (k < next && k - end < MAX_NAME_WORDS && t.get(k).capitalized()) k++;
        int gap = next - k;
        if (gap == 1) return t.get(k).is("and") || t.get(k).is(",");
        return gap == 2 && t.get(k).is(",") && t.get(k + 1).is("and");
    }

    /** The longest name that may follow a person noun in a list ("Abdullah Mufid Abdullah Hijazi"). */
    private static final int MAX_NAME_WORDS = 5;

    /**
     * "others were injured", "injuring civilians": people without a number. In the report of one
     * incident they count at least 2 (FORMAT.md); the caller checks that the report is of one incident.
     */
    List<Mention> unnumbered(String text, List<Token> t) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Optional<PhraseTable.Match<String>> p = lex.get(Lexicon.Role.PLURAL).at(t, k);
            if (p.isEmpty() || k > 0 && (t.get(k - 1).isNumber() || t.get(k - 1).is("of")) || partOfGroup(t, k) || blamedFor(t, k)) continue;
            int end = k + p.get().length();
            boolean quantifier = p.get().value().equals("quantifier");
            if (k > 1 && t.get(k - 2).is("how") && t.get(k - 1).is("many")) continue; // "how many others were injured": a question
            if (quantifier && !countsPeople(t, k, end)) continue;
            Optional<PhraseTable.Match<String>> harmNoun = quantifier ? lex.get(Lexicon.Role.NOUN).at(t, end) : Optional.empty();
            if (harmNoun.isPresent()) { // "leaving many casualties": the noun names the harm
                Figure f = new Figure(k, end, Count.atLeast(text.substring(t.get(k).start(), t.get(end - 1).end()), 2), true, false);
                out.add(new Mention(f, new Head(Head.Kind.HARM, end + harmNoun.get().length(), Optional.empty(), Optional.empty(),
                        Optional.of(HarmReader.outcome(harmNoun.get().value())), false)));
                k = end + harmNoun.get().length() - 1;
                continue;
            }
            Optional<PhraseTable.Match<String>> person = lex.get(Lexicon.Role.PERSON).at(t, quantifier ? end : k);
            Optional<dev.tally.model.Victims> victims = person.filter(m -> !m.value().equals("unknown")).map(m -> HeadReader.victims(m.value()));
            Figure f = new Figure(k, end, Count.atLeast(text.substring(t.get(k).start(), t.get(end - 1).end()), 2), true, false);
            Head.Kind kind = t.get(k).is("others") ? Head.Kind.OTHERS : Head.Kind.PERSON;
            out.add(new Mention(f, new Head(kind, end, victims, Optional.empty(), Optional.empty(), false)));
            k = end - 1;
        }
        return out;
    }

    /**
     * "accused of killing civilians", "criticised for being indiscriminate and killing civilians": people after a harm
     * verb's gerund that a few words back hangs on "of" or "for" are what someone is blamed for, no harm reported.
     */
    private boolean blamedFor(List<Token> t, int k) {
        int gerund = k - 1;
        if (gerund < 1 || !t.get(gerund).lower().endsWith("ing") || !lex.get(Lexicon.Role.LEFT).startsAt(t, gerund)) return false;
        for (int j = gerund - 1; j >= Math.max(0, gerund - BLAME_REACH); j--) {
            if (t.get(j).is("of") || t.get(j).is("for")) return true;
            // "in the village of al-Rahjan leaving many terrorists dead" tells of harm: only a chain of what is blamed stands between
            if (!BLAME_CHAIN.contains(t.get(j)) && !t.get(j).lower().endsWith("ing")) return false;
        }
        return false;
    }

    private static final int BLAME_REACH = 5;
    private static final WordSet BLAME_CHAIN = WordSet.of("being", "and", "or", "indiscriminate", "indiscriminately", "deliberately",
            "intentionally", "systematically", "allegedly");

    /**
     * "many civilians were killed", "many more wounded", "numbers of terrorists": a quantifier counts people when
     * people or their harm follow it; not "many local sources reported", nor "how many others were injured".
     */
    private boolean countsPeople(List<Token> t, int k, int end) {
        if (k > 0 && t.get(k - 1).is("how") || end < t.size() && t.get(end).is("of")) return false; // "many of which show ..."
        return end < t.size() && (lex.get(Lexicon.Role.PERSON).startsAt(t, end) || lex.get(Lexicon.Role.RIGHT).startsAt(t, end)
                || lex.get(Lexicon.Role.AUX).containsWord(t.get(end)) || t.get(end).is(","));
    }

    /** What may stand before a headline's clause: "Turkish drone attack | Civilian killed", "Boy killed, man injured". */
    private static final WordSet HEADLINE_BREAKS = WordSet.of("|", ":", ",", "\u2013", "\u2014");

    /**
     * "Civilian killed in Ain Al-Arab", "Boy killed, man injured": a headline drops the article, so a
     * person noun opening a clause and followed at once by a participle is one person.
     */
    private Optional<Mention> bare(String text, List<Token> t, int k) {
        Optional<PhraseTable.Match<String>> noun = lex.get(Lexicon.Role.SINGLE).at(t, k);
        if (noun.isEmpty()) return Optional.empty();
        int end = k + noun.get().length();
        if (end >= t.size() || !t.get(end).isWord() || t.get(end).capitalized() && k > 0 || !lex.get(Lexicon.Role.RIGHT).opensAt(t, end)) {
            return Optional.empty();
        }
        return Optional.of(one(text, t, k, k, noun.get(), Optional.empty()));
    }

    /**
     * "Turkish shelling kills child in Tal Rifaat", "Sniper kills woman": a headline's bare singular person right after a
     * harm verb in the present is one person harmed so.
     */
    private Optional<Mention> bareObject(String text, List<Token> t, int k) {
        Optional<PhraseTable.Match<String>> noun = lex.get(Lexicon.Role.SINGLE).at(t, k);
        if (noun.isEmpty() || k == 0 || !HEADLINE_VERBS.contains(t.get(k - 1))) return Optional.empty();
        int end = k + noun.get().length();
        // the noun ends its phrase ("kills child in", "kills woman."): in "killed civilian targets" it describes a thing
        if (end < t.size() && t.get(end).isWord() && !PHRASE_ENDS.contains(t.get(end))) return Optional.empty();
        return Optional.of(one(text, t, k, k, noun.get(), Optional.empty()));
    }

    private static final WordSet PHRASE_ENDS = WordSet.of("in", "on", "at", "near", "outside", "inside", "during", "after", "as",
            "and", "with", "while", "from", "by");

    /** A headline's harm verbs, in the present: never a participle describing the person ("the killed journalist"). */
    private static final WordSet HEADLINE_VERBS = WordSet.of("kills", "wounds", "injures", "shoots", "stabs", "executes", "beheads");

    /** True for "he" and "she": one person, the one the sentence named before them when it named one. */
    static boolean isPronoun(Token t) {
        return PRONOUNS.contains(t);
    }

    /**
     * "He was shot in the arm", "she suffered non-life-threatening injuries", "one was killed and another injured": a
     * pronoun (the words {@code [k, end)}) is one person when its own verb group names the harm; "he said two were killed" is not of him.
     */
    private Optional<Mention> pronoun(String text, List<Token> t, int k, int end) {
        int j = end;
        while (j < t.size() && PRONOUN_VERB_GROUP.contains(t.get(j))) j++;
        if (!lex.get(Lexicon.Role.RIGHT).startsAt(t, j)) return Optional.empty();
        // "then he killed himself": a death by one's own hand is its own figure (see ownHand), not the person told before
        if (j + 1 < t.size() && (t.get(j + 1).is("himself") || t.get(j + 1).is("herself"))) return Optional.empty();
        Figure f = new Figure(k, end, Count.exactly(text.substring(t.get(k).start(), t.get(end - 1).end()), 1), false, false);
        return Optional.of(new Mention(f, new Head(Head.Kind.ONE, end, Optional.empty(), Optional.empty(), Optional.empty(), false)));
    }

    /**
     * "Clarke killed himself after shooting Gillespie", "then he took his own life": one person who died by their own
     * hand ("shot himself" hurt, unless "fatally"), a figure of its own beside whoever they harmed.
     */
    private static Optional<Mention> ownHand(String text, List<Token> t) {
        for (int k = 1; k < t.size(); k++) {
            Token w = t.get(k);
            boolean took = w.is("life") && k >= 3 && t.get(k - 1).is("own") && POSSESSIVES.contains(t.get(k - 2)) && t.get(k - 3).is("took");
            boolean reflexive = (w.is("himself") || w.is("herself")) && (t.get(k - 1).is("killed") || t.get(k - 1).is("shot"));
            if (!took && !reflexive || !namedSubject(t, took ? k - 3 : k - 1)) continue;
            boolean fatal = took || t.get(k - 1).is("killed") || k >= 2 && t.get(k - 2).is("fatally");
            int first = took ? k - 2 : k;
            Figure f = new Figure(first, k + 1, Count.exactly(text.substring(t.get(first).start(), w.end()), 1), false, false);
            Outcome harm = fatal ? Outcome.KILLED : Outcome.INJURED;
            return Optional.of(new Mention(f, new Head(Head.Kind.ONE, k + 1, Optional.empty(), Optional.empty(), Optional.of(harm), false)));
        }
        return Optional.empty();
    }

    /**
     * Whether the verb at {@code verb} has a pronoun or a name for its subject ("he killed himself", "Guadarrama suddenly
     * shot himself"): a subject the rules count by itself ("the teen had shot himself") is counted there already.
     */
    private static boolean namedSubject(List<Token> t, int verb) {
        int k = verb - 1;
        while (k >= 0 && SUBJECT_ADVERBS.contains(t.get(k))) k--;
        return k > 0 && (PRONOUNS.contains(t.get(k)) || t.get(k).capitalized() && t.get(k).isWord());
    }

    private static final WordSet SUBJECT_ADVERBS = WordSet.of("then", "later", "fatally", "reportedly", "apparently", "allegedly",
            "accidentally", "suddenly", "had", "has", "also");

    /** True when {@code c} counts one who died or was hurt by their own hand ("himself", "took his own life"). */
    static boolean byOwnHand(Claim c) {
        String phrase = c.count().phrase().toLowerCase(java.util.Locale.ROOT);
        return phrase.equals("himself") || phrase.equals("herself") || phrase.endsWith("own life");
    }

    /** Possessives that open a sentence about one person's wounds: "His injuries were not life-threatening". */
    private static final WordSet POSSESSIVES = WordSet.of("his", "her");
    private static final WordSet INJURIES = WordSet.of("injuries", "injury", "wounds", "wound");
    private static final WordSet STATE_VERBS = WordSet.of("were", "are", "was", "is", "appeared", "appear", "did", "do", "does");
    private static final int FATAL_REACH = 5;

    /**
     * "His injuries were not life-threatening", "Her wounds are believed to be serious": a sentence that opens on one person's
     * injuries says that person was hurt (killed when they "were fatal"); the pronoun stands for the person named before.
     */
    private static Optional<Mention> injuriesOf(String text, List<Token> t) {
        int k = 0;
        if (t.size() < 3 || !POSSESSIVES.contains(t.get(k)) || !INJURIES.contains(t.get(k + 1)) || !STATE_VERBS.contains(t.get(k + 2))) {
            return Optional.empty();
        }
        boolean fatal = false;
        for (int j = k + 3; j < Math.min(t.size(), k + 3 + FATAL_REACH); j++) fatal |= t.get(j).is("fatal");
        Figure f = new Figure(k, k + 2, Count.exactly(text.substring(t.get(k).start(), t.get(k + 1).end()), 1), false, false);
        Outcome harm = fatal ? Outcome.KILLED : Outcome.INJURED;
        return Optional.of(new Mention(f, new Head(Head.Kind.ONE, k + 2, Optional.empty(), Optional.empty(), Optional.of(harm), false)));
    }

    /** One person: the words {@code [from, noun end)} as the figure, the noun at {@code noun} naming who ("a child": children). */
    private Mention one(String text, List<Token> t, int from, int noun, PhraseTable.Match<String> match, Optional<Outcome> harm) {
        int end = noun + match.length();
        // "a couple was shot", "Couple critically injured": two people named as one
        long people = t.get(noun).is("couple") ? 2 : 1;
        Figure f = new Figure(from, end, Count.exactly(text.substring(t.get(from).start(), t.get(end - 1).end()), people), false, false);
        Optional<String> subgroup = lex.get(Lexicon.Role.SUBGROUP).at(t, noun).map(PhraseTable.Match::value);
        return new Mention(f, new Head(Head.Kind.ONE, end, Optional.of(HeadReader.victims(match.value())), subgroup, harm, false));
    }

    private static final WordSet INJURED_AS = WordSet.of("injured", "wounded"), KILLED_AS = WordSet.of("dead", "slain");

    /** The harm a word describing the person names ("an injured person", "a dead man"), from {@code from} up to the noun. */
    private static Optional<Outcome> harmedAs(List<Token> t, int from, int noun) {
        for (int k = from; k < noun; k++) {
            if (INJURED_AS.contains(t.get(k))) return Optional.of(Outcome.INJURED);
            if (KILLED_AS.contains(t.get(k))) return Optional.of(Outcome.KILLED);
        }
        return Optional.empty();
    }

    /** "a young man", "a 14 year old child", "his one month old nephew"; "an injured person" says its harm. */
    private Optional<Mention> described(String text, List<Token> t, int det) {
        for (int k = det + 1; k < Math.min(t.size(), det + 2 + MAX_MODIFIERS); k++) {
            Optional<PhraseTable.Match<String>> noun = lex.get(Lexicon.Role.SINGLE).at(t, k);
            if (noun.isPresent()) {
                int end = k + noun.get().length();
                if (end < t.size() && t.get(end).is("of")) return Optional.empty(); // "a member of", "a relative of the victim"
                if (end < t.size() && NOT_A_PERSON_AFTER.contains(t.get(end))) return Optional.empty(); // "a terrorist attack"
                // "the victim was shot", "the driver, who...": after "the", only a noun that ends its phrase is a person ("the official news agency" is none)
                // "the victim walked into the hospital": a victim is a person whatever follows
                if (t.get(det).is("the") && end < t.size() && !(t.get(end).type() == Token.Type.PUNCT || lex.get(Lexicon.Role.AUX).containsWord(t.get(end))
                        || lex.get(Lexicon.Role.RIGHT).startsAt(t, end) || t.get(end).is("who") || t.get(end - 1).is("victim"))) return Optional.empty();
                return Optional.of(one(text, t, det, k, noun.get(), harmedAs(t, det + 1, k)));
            }
            Token w = t.get(k);
            // "A 19-year-old was shot": an age with no noun after it is the person, when what follows tells of them
            if (bareAge(t, k)) return Optional.of(one(text, t, det, k, UNDESCRIBED, harmedAs(t, det + 1, k)));
            boolean hyphen = w.is("-") && w.start() == t.get(k - 1).end(); // "a 26-year-old man" written as tokens
            boolean modifier = hyphen || w.isNumber() && w.text().length() <= 3 || w.isWord() && !w.capitalized()
                    && (w.lower().contains("-") || lex.get(Lexicon.Role.MODIFIER).startsAt(t, k) || AGE_WORDS.contains(w))
                    || w.capitalized();
            // one word of description right before the noun: "an upset customer", "a gunshot victim"
            boolean described = w.isWord() && !w.capitalized() && !lex.get(Lexicon.Role.AUX).containsWord(w)
                    && lex.get(Lexicon.Role.SINGLE).at(t, k + 1).isPresent();
            if (!modifier && !described) return Optional.empty();
        }
        return Optional.empty();
    }

    /** A person known only by an age: the noun stands for one person of no known class. */
    private static final PhraseTable.Match<String> UNDESCRIBED = new PhraseTable.Match<>("unknown", 1);

    /** Whether token {@code k} ends an age ("19-year-old", "19 years old") and a verb group, a harm participle, "who" or a comma follows it. */
    private boolean bareAge(List<Token> t, int k) {
        if (k + 1 >= t.size() || k < 2) return false;
        boolean joined = (t.get(k).is("year-old") || t.get(k).is("years-old")) && t.get(k - 1).is("-") && t.get(k - 2).isNumber();
        boolean apart = t.get(k).is("old") && (t.get(k - 1).is("year") || t.get(k - 1).is("years")) && t.get(k - 2).isNumber();
        if (!joined && !apart) return false;
        Token next = t.get(k + 1);
        return lex.get(Lexicon.Role.AUX).containsWord(next) || lex.get(Lexicon.Role.RIGHT).startsAt(t, k + 1) || next.is("who") || next.is(",");
    }

    /** Nouns that make a person noun before them a modifier: "a terrorist attack", "a rebel group". */
    private static final WordSet NOT_A_PERSON_AFTER = WordSet.of("attack", "attacks", "bombing", "bombings", "group", "groups", "cell",
            "cells", "organization", "organisation", "network", "plot", "threat", "operation", "operations", "act", "acts", "incident",
            "stronghold", "position", "positions", "base", "camp", "checkpoint", "convoy", "vehicle");
    private static final WordSet AGE_WORDS = WordSet.of("year", "years", "month", "months", "old", "aged", "renowned",
            "well-known", "prominent", "local", "young", "elderly", "middle-aged", "unidentified", "unnamed", "male", "female",
            "pregnant", "disabled", "palestinian", "iraqi", "syrian", "afghan", "yemeni");

    /** "most of them women", "mostly civilians", "including children": a part of a group counted elsewhere. */
    private static boolean partOfGroup(List<Token> t, int k) {
        for (int j = Math.max(0, k - 2); j < k; j++) {
            if (GROUP_PARTS.contains(t.get(j))) return true;
        }
        return false;
    }

    private static final WordSet GROUP_PARTS = WordSet.of("them", "mostly", "including", "among", "whom", "mainly", "all");

    /**
     * Where an aside that ends with the comma at {@code close} starts (its opening comma), when it is a
     * person's age (", 50,") or home (", of Syracuse,"); -1 otherwise.
     */
    private static int appositionStart(List<Token> t, int close) {
        if (close < 2 || !t.get(close).is(",")) return -1;
        if (t.get(close - 1).isNumber() && t.get(close - 2).is(",")) return close - 2;
        int open = close - 1;
        while (open > 0 && t.get(open).capitalized()) open--;
        return open > 0 && open < close - 1 && t.get(open).is("of") && t.get(open - 1).is(",") ? open - 1 : -1;
    }

    /** How the verb group after a named person opens: "was killed", "had been shot", "has been wounded" (not "is": "Raqqa is Being Slaughtered Silently" is a group). */
    private static final WordSet NAMED_VERB_GROUP = WordSet.of("was", "had", "has");

    /** A person's name as the subject of "was killed": two or more capitalised words before the verb group. */
    private Optional<Mention> named(String text, List<Token> t) {
        for (int k = 1; k < t.size(); k++) {
            // "had been" and "has been" only before the harm itself ("had been shot"; not "has been under intense bombardment")
            boolean perfect = t.get(k).is("had") || t.get(k).is("has");
            if (!NAMED_VERB_GROUP.contains(t.get(k)) || perfect && !(k + 1 < t.size() && t.get(k + 1).is("been")
                    && lex.get(Lexicon.Role.RIGHT).startsAt(t, k + 2))) continue;
            int end = k;
            int j = k - 1;
            if (t.get(j).is(")")) {
                while (j > 0 && !t.get(j).is("(")) j--;
                end = j;
                j--;
            }
            // "Ronald Burchard, who was shot at a residence": a relative clause after a name tells of a person, as an age does
            boolean relative = j >= 2 && t.get(j).is("who") && t.get(j - 1).is(",");
            if (relative) {
                j--;
                end = j;
            }
            // "Mark Gilland, 50, was shot", "Martin Paulk, 23, of Syracuse, was shot": the age and home are asides
            boolean aside = relative; // a name with an age or a home is a person's, even first in its sentence
            for (int open = appositionStart(t, j); open >= 0; open = appositionStart(t, open)) {
                end = open;
                j = open - 1;
                aside = true;
            }
            if (relative && end == j) j--;
            int start = j + 1;
            while (j >= 0 && (t.get(j).capitalized() || NAME_PARTICLES.contains(t.get(j)) && j + 1 < end)) {
                start = j;
                j--;
            }
            // a surname alone is a person's when a relative clause says what befell it ("Burchard, who was shot at a residence")
            boolean named = end - start >= 2 || relative && end - start == 1 && t.get(start).isWord();
            if (named && t.get(start).capitalized() && !(start == 0 && end - start < 3 && !aside)) {
                Figure f = new Figure(start, end, Count.exactly(text.substring(t.get(start).start(), t.get(end - 1).end()), 1), false, false);
                return Optional.of(new Mention(f, new Head(Head.Kind.ONE, k,
                        Optional.empty(), Optional.empty(), Optional.empty(), false)));
            }
        }
        return Optional.empty();
    }
}
