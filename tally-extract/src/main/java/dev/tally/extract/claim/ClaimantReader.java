package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;

import java.util.List;
import java.util.Optional;

/**
 * Reads who asserts a figure: "according to X", "X said / reported / told / estimated / claimed",
 * "X put the death toll at", "asked X", "listed by X", "reports that". The attribution nearest the
 * figure in its sentence wins. A pronoun ("they have claimed") says the claimant is the one named
 * before: {@link Claimant#pronoun()}. Thread-safe.
 */
final class ClaimantReader {
    // nouns as often as verbs ("government reports", "the claims") are left out: "reports that" is read on its own
    private static final WordSet VERBS = WordSet.of("said", "says", "say", "reported", "told", "tells",
            "estimated", "claimed", "announced", "announces", "confirmed", "confirms",
            "stated", "states", "added", "noted", "documented", "recorded", "counted", "put", "putting", "puts", "quoted",
            "cited", "citing", "asked", "wrote", "tweeted", "posted", "alleged", "alleges", "declared", "insisted", "acknowledged");
    private static final WordSet INVERTING = WordSet.of("said", "asked", "added", "told", "says", "wrote", "noted");
    private static final WordSet PASSIVE = WordSet.of("listed", "reported", "recorded", "documented", "counted", "estimated",
            "confirmed", "cited", "announced");
    private static final WordSet PRONOUNS = WordSet.of("it", "they", "he", "she", "we", "i", "this", "that", "which", "who",
            "there");
    private static final WordSet SKIP = WordSet.of("has", "have", "had", "also", "later", "previously", "earlier", "then",
            "is", "are", "was", "were", "been", "being", "reportedly", "separately", "initially", "repeatedly");
    private static final WordSet STOP = WordSet.of(",", ";", ":", "\u2013", "\u2014", "(", ")", "that", "which", "who",
            "and", "but", "while", "as", "when", "\u201c", "\u201d", "\"");
    private static final WordSet PASSIVE_AUX = WordSet.of("are", "is", "was", "were", "been", "be", "being");
    private static final int MAX_WORDS = 9;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A claimant as written, or a pronoun pointing back to the one named before. */
    record Claimant(Optional<String> name, boolean pronoun, int at) {}

    /** Every attribution in a sentence, in order: read once for all the claims it holds. */
    List<Claimant> all(String sentence, List<Token> t) {
        List<Claimant> out = new java.util.ArrayList<>();
        for (int k = 0; k < t.size(); k++) at(sentence, t, k).ifPresent(out::add);
        return out;
    }

    /** The attribution nearest token {@code figure}; the first of two as near. */
    static Optional<Claimant> nearest(List<Claimant> all, int figure) {
        Claimant best = null;
        for (Claimant c : all) {
            if (best == null || Math.abs(c.at() - figure) < Math.abs(best.at() - figure)) best = c;
        }
        return Optional.ofNullable(best);
    }

    private Optional<Claimant> at(String s, List<Token> t, int k) {
        Token w = t.get(k);
        if (w.is("according") && k + 1 < t.size() && t.get(k + 1).is("to")) return after(s, t, k + 2, k);
        if (w.is("reports") && k + 1 < t.size() && t.get(k + 1).is("that") && (k == 0 || !t.get(k - 1).isWord()
                || SKIP.contains(t.get(k - 1)))) {
            return Optional.of(new Claimant(Optional.of(w.text()), false, k));
        }
        if (PASSIVE.contains(w) && k + 1 < t.size() && t.get(k + 1).is("by")) return after(s, t, k + 2, k);
        if (!VERBS.contains(w)) return Optional.empty();
        if (k > 0 && PASSIVE_AUX.contains(t.get(k - 1))) return Optional.empty(); // "are claimed to have been killed"
        if (w.lower().startsWith("put") && !(k + 2 < t.size() && t.get(k + 2).lower().contains("toll")
                || k + 3 < t.size() && t.get(k + 3).lower().contains("toll"))) {
            return Optional.empty();
        }
        if (INVERTING.contains(w) && k > 0 && (t.get(k - 1).is(",") || t.get(k - 1).is("\u201d") || t.get(k - 1).is("\""))
                && k + 1 < t.size() && t.get(k + 1).capitalized()) {
            return after(s, t, k + 1, k);
        }
        return subject(s, t, k);
    }

    /** The name after "according to" / "listed by" / "asked": up to a comma or the end of the clause. */
    private static Optional<Claimant> after(String s, List<Token> t, int from, int at) {
        int end = from;
        while (end < t.size() && end - from < MAX_WORDS && !STOP.contains(t.get(end)) && !t.get(end).is(".")) end++;
        return name(s, t, from, end, at);
    }

    /** The subject before a reporting verb, skipping auxiliaries and an aside set off by commas. */
    private static Optional<Claimant> subject(String s, List<Token> t, int verb) {
        int end = verb;
        while (end > 0 && SKIP.contains(t.get(end - 1))) end--;
        if (end >= 2 && t.get(end - 1).is(",")) {
            // "The group X, initially formed to document atrocities, reported": the aside closes right before the verb
            int aside = segmentStart(t, end - 1);
            if (aside < 2 || !t.get(aside - 1).is(",")) return Optional.empty();
            int s2 = segmentStart(t, aside - 1);
            return s2 < aside - 1 && t.get(s2).capitalized() && aside - 1 - s2 <= MAX_WORDS ? name(s, t, s2, aside - 1, verb) : Optional.empty();
        }
        int start = segmentStart(t, end);
        if (start == end) return Optional.empty();
        if (PRONOUNS.contains(t.get(start))) return Optional.of(new Claimant(Optional.empty(), true, verb));
        boolean aside = !t.get(start).capitalized() && !t.get(start).is("the") && start >= 2 && t.get(start - 1).is(",");
        if (aside || end - start > MAX_WORDS) {
            // ", initially formed to document ISIS atrocities in the Syrian city," is an aside: the subject stands before it
            int before = start - 1;
            int s2 = segmentStart(t, before);
            if (s2 < before && t.get(s2).capitalized() && before - s2 <= MAX_WORDS) return name(s, t, s2, before, verb);
            return Optional.empty();
        }
        boolean named = t.get(end - 1).lower().endsWith("s");
        for (int k = start; k < end; k++) named |= t.get(k).capitalized();
        return named ? name(s, t, start, end, verb) : Optional.empty();
    }

    private static int segmentStart(List<Token> t, int end) {
        int start = end;
        while (start > 0 && end - start < 2 * MAX_WORDS && !STOP.contains(t.get(start - 1))) start--;
        return start;
    }

    private static Optional<Claimant> name(String s, List<Token> t, int from, int end, int at) {
        while (from < end && (t.get(from).is("the") || t.get(from).is("The") || t.get(from).is("a"))) from++;
        if (from >= end) return Optional.empty();
        boolean capitalized = false;
        for (int k = from; k < end; k++) capitalized |= t.get(k).capitalized();
        if (!capitalized && end - from > 4) return Optional.empty();
        String text = SPACES.matcher(s.substring(t.get(from).start(), t.get(end - 1).end())).replaceAll(" ").replace("*", "").replace("_", "");
        if (PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT))) return Optional.of(new Claimant(Optional.empty(), true, at));
        return Optional.of(new Claimant(Optional.of(text), false, at));
    }
}
