package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who asserts a figure: "according to X", "X said / reported / told / estimated", "said X",
 * "X put the death toll at", "quoted X as saying", "listed by X", "reports that". A name is the run of
 * words before the reporting verb (or after "according to") that a name can hold: capitalized words,
 * source nouns ("local activists", "military source") and the words that join them ({@code
 * claimant-words.tsv}); so a text without commas still yields "the Observatory", not the clause before
 * it. Names are normalized by {@link ClaimantNames}. A pronoun ("it said") points back to the claimant
 * named before: {@link Claimant#pronoun()}. Thread-safe.
 */
final class ClaimantReader {
    static final String WORDS = "claimant-words.tsv";
    // nouns as often as verbs ("government reports", "the claims") are left out: "reports that" is read on its own
    private static final WordSet VERBS = WordSet.of("said", "says", "say", "reported", "told", "tells",
            "estimated", "estimate", "claimed", "announced", "announces", "confirmed", "confirms",
            "stated", "states", "added", "noted", "documented", "recorded", "counted", "put", "putting", "puts", "quoted",
            "cited", "citing", "asked", "wrote", "tweeted", "posted", "alleged", "alleges", "declared", "insisted",
            "acknowledged", "gave", "accused", "accuses");
    private static final WordSet INVERTING = WordSet.of("said", "asked", "added", "says", "wrote", "noted", "reported");
    private static final WordSet PASSIVE = WordSet.of("listed", "reported", "recorded", "documented", "counted", "estimated",
            "confirmed", "cited", "announced");
    private static final WordSet QUOTING = WordSet.of("quoted", "cited", "quoting", "citing");
    private static final WordSet PRONOUNS = WordSet.of("it", "they", "he", "she", "we", "i", "this", "that", "which", "who",
            "there");
    /** "the group said", "the source added": a source named before, referred to by its kind, like a pronoun. */
    private static final WordSet ANAPHORIC_SOURCES = WordSet.of("group", "source", "report", "monitor", "statement", "agency",
            "organisation", "organization", "channel", "tv", "network", "ministry", "official", "spokesman", "spokeswoman");
    private static final WordSet SKIP = WordSet.of("has", "have", "had", "also", "later", "previously", "earlier", "then",
            "is", "are", "was", "were", "been", "being", "reportedly", "separately", "initially", "repeatedly", "however", "meanwhile");
    private static final WordSet STOP = WordSet.of(",", ";", ":", "\u2013", "\u2014", "(", ")", "that", "which", "who",
            "and", "but", "while", "as", "when", "\u201c", "\u201d", "\"");
    private static final WordSet PASSIVE_AUX = WordSet.of("are", "is", "was", "were", "been", "be", "being");
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an");
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "near", "at", "from", "outside", "inside");
    private static final int MAX_WORDS = 9;
    /** A name after its verb may run longer: "Rami Abdel Rahman of the Syrian Observatory for Human Rights". */
    private static final int MAX_WORDS_AFTER = 14;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * A claimant as written (normalized when known), or a pronoun pointing back to the one named
     * before (with its words when it names a kind of source: "the group"); {@code at} is its verb,
     * {@code [from, to)} its words, {@code rule} the rule that read it.
     */
    record Claimant(Optional<String> name, boolean pronoun, int at, int from, int to, String rule) {}

    private final ClaimantNames names = new ClaimantNames();
    private final WordSet roles, connectors, responsibility, notName, members, transitions;

    ClaimantReader() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String[] f : TsvResource.rows(WORDS, 2)) lists.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        roles = list(lists, "role");
        connectors = list(lists, "connector");
        responsibility = list(lists, "responsibility");
        notName = list(lists, "not-name");
        members = list(lists, "member");
        transitions = list(lists, "transition");
    }

    private static WordSet list(Map<String, Set<String>> lists, String kind) {
        Set<String> w = lists.get(kind);
        if (w == null) throw new IllegalStateException(WORDS + " must list words of kind " + kind + "; it has none");
        return WordSet.of(w);
    }

    /** Every attribution in a sentence, in order: read once for all the claims it holds. */
    List<Claimant> all(String sentence, List<Token> t) {
        List<Claimant> out = new ArrayList<>();
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

    /**
     * A headline's source line: a title that ends in a known source's name ("... kills four in Damascus
     * Monitor"), or, in a line with no sentence's end, in any name set off by a dash or a colon ("4 killed in
     * Turkish strike in Qamishli – Asayish").
     */
    Optional<Claimant> headlineSource(List<Token> t) {
        int end = t.size();
        while (end > 0 && !t.get(end - 1).isWord() && !t.get(end - 1).isNumber()) end--;
        int last = end;
        boolean title = end == t.size();
        return names.endingAt(t, end).or(() -> title ? setOff(t, last) : Optional.empty())
                .map(n -> new Claimant(Optional.of(n), false, last - 1, last - 1, last, "headline-source"))
                .or(() -> openingSource(t));
    }

    /**
     * "Syrian opposition: 1300 killed in chemical attack", "Russian Defense Ministry: More than 100 ISIS terrorists killed":
     * a source and a colon that open the line (after its date), the source a known one or named by a word for one.
     */
    private Optional<Claimant> openingSource(List<Token> t) {
        int from = 0;
        while (from < t.size() && (t.get(from).isNumber() || DATE_WORDS.contains(t.get(from)))) from++;
        for (int colon = from + 1; colon < Math.min(t.size(), from + 1 + OPENING_SOURCE_WORDS); colon++) {
            if (!t.get(colon).is(":")) {
                if (!t.get(colon).isWord()) return Optional.empty();
                continue;
            }
            if (!t.get(from).capitalized()) return Optional.empty();
            boolean sourceWord = false;
            for (int k = from; k < colon; k++) sourceWord |= roles.contains(t.get(k)) || OPENING_SOURCES.contains(t.get(k));
            Optional<String> known = names.endingAt(t, colon);
            if (known.isEmpty() && !sourceWord) return Optional.empty();
            String name = known.isPresent() ? known.get() : words(t, from, colon);
            return Optional.of(new Claimant(Optional.of(name), false, from, from, colon, "headline-source"));
        }
        return Optional.empty();
    }

    /** How many words a source opening a line may have: "Russian Defense Ministry". */
    private static final int OPENING_SOURCE_WORDS = 5;
    private static final WordSet OPENING_SOURCES = WordSet.of("opposition", "army", "government", "observatory", "coalition");
    private static final WordSet DATE_WORDS = WordSet.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static String words(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(t.get(k).text());
        return b.toString();
    }

    /** How many capitalised words a source set off at a headline's end may have ("Syrian Civil Defence"). */
    private static final int SET_OFF_WORDS = 4;

    /** The capitalised words ending at {@code end} after a dash or a colon, as written. */
    private static Optional<String> setOff(List<Token> t, int end) {
        int k = end;
        while (k > 0 && end - k < SET_OFF_WORDS && t.get(k - 1).isWord() && t.get(k - 1).capitalized()) k--;
        if (k == end || k == 0 || k < 2) return Optional.empty();
        Token mark = t.get(k - 1);
        if (!(mark.is(":") || mark.is("\u2013") || mark.is("\u2014"))) return Optional.empty();
        StringBuilder b = new StringBuilder();
        for (int j = k; j < end; j++) b.append(j > k ? " " : "").append(t.get(j).text());
        return Optional.of(b.toString());
    }

    private Optional<Claimant> at(String s, List<Token> t, int k) {
        Token w = t.get(k);
        if (w.is("according") && k + 1 < t.size() && t.get(k + 1).is("to")) return forward(s, t, k + 2, k, "according-to");
        if (w.is("reports") && k + 1 < t.size() && t.get(k + 1).is("that") && (k == 0 || !t.get(k - 1).isWord()
                || SKIP.contains(t.get(k - 1)) || t.get(k - 1).is("amid"))) {
            return Optional.of(new Claimant(Optional.of(w.text()), false, k, k, k + 1, "reports-that"));
        }
        // "KPRC reports that", "Reuters reports": after a name, "reports" is its verb; not the noun of "Initial reports
        // indicated", "Raqqa reports indicate", "reports by Safa", nor a headline's "... Including 10 Children Reports"
        if (w.text().equals("reports") && k > 0 && t.get(k - 1).capitalized() && nameWord(t.get(k - 1)) && !REPORTS_AS_NOUN.contains(t.get(k - 1))
                && k + 1 < t.size() && (t.get(k + 1).is(".") || t.get(k + 1).isWord() && !REPORTS_AS_NOUN.contains(t.get(k + 1)))) {
            return subject(s, t, k);
        }
        if (PASSIVE.contains(w) && k + 1 < t.size() && t.get(k + 1).is("by")) return forward(s, t, k + 2, k, "reported-by");
        if (!VERBS.contains(w)) return Optional.empty();
        if (k > 0 && PASSIVE_AUX.contains(t.get(k - 1))) return Optional.empty(); // "are claimed to have been killed"
        if (w.is("claimed") && k + 1 < t.size() && responsibility.contains(t.get(k + 1))) return Optional.empty();
        if (w.is("claimed") && claimsLives(t, k + 1)) return Optional.empty(); // "The war has claimed more than 300000 lives"
        if (w.lower().startsWith("put") && !(k + 2 < t.size() && t.get(k + 2).lower().contains("toll")
                || k + 3 < t.size() && t.get(k + 3).lower().contains("toll"))) {
            return Optional.empty();
        }
        if (w.is("gave") && !(k + 2 < t.size() && t.get(k + 2).lower().contains("toll"))) return Optional.empty();
        if (QUOTING.contains(w)) {
            Optional<Claimant> quoted = forward(s, t, k + 1, k, "quoted-as-saying");
            if (quoted.isPresent() && quoted.get().to() + 1 < t.size() && t.get(quoted.get().to()).is("as")
                    && t.get(quoted.get().to() + 1).is("saying")) {
                return quoted;
            }
            // "quoted a source at Aleppo Police Command as saying": the quoted one is all the words up to "as saying"
            int as = asSaying(t, k + 1);
            if (as > 0) return named(s, t, skipArticles(t, k + 1), as, k, "quoted-as-saying");
        }
        if (INVERTING.contains(w) && k + 1 < t.size()) {
            boolean afterQuote = k > 0 && (t.get(k - 1).is(",") || t.get(k - 1).is("\u201d") || t.get(k - 1).is("\""));
            Optional<Claimant> inverted = forward(s, t, k + 1, k, "said-after-figure");
            // "... said the Syrian Observatory for Human Rights." or ", said Reuters": the name after the verb ends the clause
            int first = k + 1 < t.size() && ARTICLES.contains(t.get(k + 1)) ? k + 2 : k + 1;
            if (inverted.isPresent() && first < t.size() && t.get(first).capitalized()
                    && (afterQuote || endsClause(t, inverted.get().to()))) {
                return inverted;
            }
        }
        return subject(s, t, k);
    }

    /** The index of "as" in "as saying" among the next {@value #MAX_WORDS_AFTER} words from {@code from}, all words; else -1. */
    private static int asSaying(List<Token> t, int from) {
        for (int j = from + 1; j + 1 < t.size() && j - from <= MAX_WORDS_AFTER && t.get(j - 1).isWord(); j++) {
            if (t.get(j).is("as") && t.get(j + 1).is("saying")) return j;
        }
        return -1;
    }

    private static int skipArticles(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && ARTICLES.contains(t.get(k))) k++;
        return k;
    }

    private static boolean endsClause(List<Token> t, int to) {
        return to >= t.size() || !t.get(to).isWord() && !t.get(to).isNumber() || t.get(to).is("on") || t.get(to).is("in");
    }

    /** The name after "according to" / "listed by" / "said": the words a name can hold, from {@code from}. */
    private Optional<Claimant> forward(String s, List<Token> t, int from, int at, String rule) {
        int start = from;
        while (start < t.size() && ARTICLES.contains(t.get(start))) start++;
        int end = start;
        while (end < t.size() && end - start < MAX_WORDS_AFTER) {
            Token w = t.get(end);
            // "said Sgt. Michael Paul": a title's full stop is inside the name
            boolean joined = connectors.contains(w) || ARTICLES.contains(w) && end > start && connectors.contains(t.get(end - 1))
                    || w.is(".") && end > start && TITLES.contains(t.get(end - 1)) && end + 1 < t.size() && t.get(end + 1).capitalized();
            if (!(nameWord(w) || joined)) break;
            end++;
        }
        while (end > start && (connectors.contains(t.get(end - 1)) || ARTICLES.contains(t.get(end - 1)))) end--;
        return named(s, t, start, end, at, rule);
    }

    /** The subject before a reporting verb: the words a name can hold, back to an article or another word. */
    private Optional<Claimant> subject(String s, List<Token> t, int verb) {
        int end = skipParenthesis(t, verb);
        while (end > 0 && SKIP.contains(t.get(end - 1))) end--;
        if (end == 0) return Optional.empty();
        if (PRONOUNS.contains(t.get(end - 1))) return Optional.of(new Claimant(Optional.empty(), true, verb, end - 1, end, "pronoun"));
        if (end >= 2 && t.get(end - 1).is(",")) return aside(s, t, end - 1, verb);
        end = beforeWhere(t, end);
        int located = sourceLocated(t, end);
        if (located >= 0) {
            // "Activists in rural Idlib said", "a hospital source in Hassakeh city told": the source's words, then where it is
            int from = located;
            while (from > 0 && located - from < MAX_WORDS && roles.contains(t.get(from - 1))) from--;
            if (from < located) return named(s, t, from, end, verb, "reporting-verb-subject");
        }
        int start = end;
        // "the Office for the Coordination of Humanitarian Affairs": an article after a connector is inside the name
        while (start > 0 && end - start < MAX_WORDS && (nameWord(t.get(start - 1)) || connectors.contains(t.get(start - 1))
                || start >= 2 && start < end && ARTICLES.contains(t.get(start - 1)) && connectors.contains(t.get(start - 2)) && nameWord(t.get(start)))) {
            start--;
        }
        while (start < end && (connectors.contains(t.get(start)) && !arabicArticleOfName(t, start, end) || ARTICLES.contains(t.get(start)))) start++;
        // "Foua and Kafyra in Idleb Meanwhile civil sources said": the speaker's words start after a sentence adverb
        for (int k = end - 1; k >= start; k--) {
            if (transitions.contains(t.get(k))) {
                start = k + 1;
                break;
            }
        }
        // "the manager of a hospital in Aleppo told": a lone name after "in" is where the speaker is, not who
        if (end - start == 1 && start > 0 && PLACE_PREPOSITIONS.contains(t.get(start - 1))) return Optional.empty();
        // "The Syrian Center for Policy Research, an NGO, has put": the name before its description speaks
        if (start >= 2 && (t.get(start - 1).is("an") || t.get(start - 1).is("a")) && t.get(start - 2).capitalized()) {
            int nameEnd = start - 1, nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < MAX_WORDS && (nameWord(t.get(nameStart - 1)) || connectors.contains(t.get(nameStart - 1)))) nameStart--;
            while (nameStart < nameEnd && connectors.contains(t.get(nameStart))) nameStart++;
            // the name opens its clause ("The Syrian Center ..."), not ends a phrase ("the province of Aleppo, a monitor said")
            boolean opens = nameStart == 0 || ARTICLES.contains(t.get(nameStart - 1)) || !t.get(nameStart - 1).isWord();
            if (nameStart < nameEnd && opens) return named(s, t, nameStart, nameEnd, verb, "reporting-verb-subject");
        }
        // "Monitors at the Syrian Observatory, which tracks violence in the civil war, said": the words before the verb are the
        // relative clause's; the one who speaks is named before "which"
        int relative = relativeBefore(t, start);
        if (relative > 0 && lowerCase(t, start, end)) {
            Optional<Claimant> speaker = subject(s, t, relative);
            if (speaker.isPresent() && speaker.get().name().filter(n -> !n.equals(n.toLowerCase(java.util.Locale.ROOT))).isPresent()) {
                return Optional.of(new Claimant(speaker.get().name(), false, verb, speaker.get().from(), speaker.get().to(), "reporting-verb-subject"));
            }
        }
        return named(s, t, start, end, verb, "reporting-verb-subject");
    }

    /** Words for what a body is, before its acronym: "agency UNICEF"; not "report ISIS", where the acronym acts. */
    private static final WordSet BODY_KINDS = WordSet.of("agency", "organisation", "organization", "office", "body", "fund",
            "programme", "program", "committee", "monitor", "network", "channel");

    /** "UNICEF", "OCHA": three capitals or more. */
    private static boolean acronym(Token w) {
        String x = w.text();
        return x.length() >= 3 && x.chars().allMatch(Character::isUpperCase);
    }

    /** The index of a "which" or "who" at most {@value #MAX_WORDS} words before {@code start} that no other punctuation precedes, or -1. */
    private static int relativeBefore(List<Token> t, int start) {
        for (int k = start - 1; k > 0 && start - k <= MAX_WORDS * 2; k--) {
            if (t.get(k).is("which") || t.get(k).is("who")) return k;
            if (!t.get(k).isWord()) return -1;
        }
        return -1;
    }

    private static boolean lowerCase(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).capitalized()) return false;
        }
        return true;
    }

    /** "the Syrian Observatory for Human Rights (SOHR) said": where a short aside in brackets ends at {@code end}, where it opens. */
    private static int skipParenthesis(List<Token> t, int end) {
        if (end < 3 || !t.get(end - 1).is(")")) return end;
        for (int k = end - 2; k >= Math.max(0, end - 2 - MAX_BRACKETED); k--) {
            if (t.get(k).is("(")) return k;
            if (!t.get(k).isWord()) return end;
        }
        return end;
    }

    /** Words an aside in brackets before a reporting verb may hold: an acronym or a short name ("(SOHR)", "(the UN's OCHA)"). */
    private static final int MAX_BRACKETED = 4;

    /**
     * "Activists in the area said", "Medical sources in the city told": where the speakers are stands
     * between them and their verb. Returns where the speakers' words end: before "in the area" when a
     * speaker's word stands before it, else {@code end}.
     */
    private int beforeWhere(List<Token> t, int end) {
        for (int p = end - 2; p >= Math.max(1, end - WHERE_WORDS - 1); p--) {
            Token w = t.get(p);
            if (!w.isWord() || w.capitalized() && !ARTICLES.contains(w)) return end;
            if (PLACE_PREPOSITIONS.contains(w)) return nameWord(t.get(p - 1)) && !t.get(end - 1).capitalized() ? p : end;
        }
        return end;
    }

    /**
     * The "in" of "in rural Idlib", "in Idlib province", "in Hassakeh city" ending at {@code end}: a named place with an area
     * word before or a type word after it, where a source is; -1 when the words before {@code end} are no such place.
     */
    private static int sourceLocated(List<Token> t, int end) {
        int k = end - 1;
        if (k >= 1 && AREA_TYPES.contains(t.get(k)) && t.get(k - 1).capitalized()) k--;
        else if (!(k >= 2 && t.get(k).capitalized() && AREA_ADJECTIVES.contains(t.get(k - 1)) && !t.get(k - 1).capitalized())) return -1;
        else k--;
        return k >= 2 && t.get(k - 1).is("in") ? k - 1 : -1;
    }

    private static final WordSet AREA_TYPES = WordSet.of("province", "countryside", "city", "governorate");
    private static final WordSet AREA_ADJECTIVES = WordSet.of("rural", "northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west");
    /** Abbreviated titles written with a full stop before a name: "Sgt. Michael Paul", "Dr. Ahmed". */
    private static final WordSet TITLES = WordSet.of("sgt", "lt", "capt", "cpl", "det", "col", "gen", "maj", "dr", "mr", "mrs", "ms",
            "ofc", "insp", "supt", "cmdr", "gov", "sen", "rep");

    /** Words of a place between a speaker and the verb ("in the area", "on the ground"). */
    private static final int WHERE_WORDS = 3;

    /** "The group X, initially formed to document atrocities, reported": the subject stands before the aside. */
    private Optional<Claimant> aside(String s, List<Token> t, int comma, int verb) {
        int open = comma;
        while (open > 0 && comma - open < 2 * MAX_WORDS && !STOP.contains(t.get(open - 1))) open--;
        if (open < 2 || !t.get(open - 1).is(",")) return Optional.empty();
        int close = open - 1, start = close;
        while (start > 0 && close - start < MAX_WORDS && !STOP.contains(t.get(start - 1))) start--;
        if (start >= close || !t.get(start).capitalized()) return Optional.empty();
        while (start < close && ARTICLES.contains(t.get(start))) start++;
        return start < close ? named(s, t, start, close, verb, "reporting-verb-subject") : Optional.empty();
    }

    /** Words around "reports" that make it a noun: "reports indicated", "reports by", "reports of", "Initial reports", "Local reports". */
    private static final WordSet REPORTS_AS_NOUN = WordSet.of("indicate", "indicated", "indicates", "suggest", "suggested", "said", "say",
            "says", "mentioned", "claimed", "stated", "showed", "show", "by", "of", "from", "on", "in", "emerged", "are", "were", "have", "had",
            "initial", "multiple", "local", "unconfirmed", "early", "earlier", "media", "press", "news", "several", "conflicting", "latest",
            "preliminary", "official", "recent", "first", "other", "some");

    /** A word a name can hold: capitalized, or a source noun ("sheriff's" in "the sheriff's office" too); never a dateline's word. */
    private boolean nameWord(Token w) {
        return !notName.contains(w) && !ARTICLES.contains(w) && (w.capitalized() || roles.contains(w) || particleName(w) || possessiveRole(w));
    }

    /** "sheriff's", "ministry's": a source noun's possessive, which names the body it owns ("the sheriff's office"). */
    private boolean possessiveRole(Token w) {
        String lower = w.lower();
        return lower.endsWith("'s") && lower.length() > 2 && roles.contains(lower.substring(0, lower.length() - 2));
    }

    /**
     * Whether {@code [from, end)} is a source's common nouns capitalised only in its first letter ("Medical sources",
     * "Police"): not a name written in capitals ("Civil Defence") nor one joined to a place ("Britain-based group").
     */
    private boolean commonNouns(List<Token> t, int from, int end) {
        if (t.get(from).text().indexOf('-') >= 0) return false;
        for (int k = from; k < end; k++) {
            if (!roles.contains(t.get(k)) || k > from && t.get(k).capitalized()) return false;
        }
        return true;
    }

    /** Whether "lives" or "life" follows within a few words from {@code from}: "claimed more than 300000 lives" is harm, not a claim. */
    private static boolean claimsLives(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + LIVES_REACH); k++) {
            if (t.get(k).is("lives") || t.get(k).is("life")) return true;
        }
        return false;
    }

    private static final int LIVES_REACH = 6;

    /** "Al Jazeera", "Al Arabiya": a capitalised Arabic article that opens a name is part of it. */
    private static boolean arabicArticleOfName(List<Token> t, int k, int end) {
        return k + 1 < end && t.get(k).capitalized() && (t.get(k).is("al") || t.get(k).is("el")) && t.get(k + 1).capitalized();
    }

    /** A name with a lower-case particle: "al-Halabi", "bin-Salman". */
    private static boolean particleName(Token w) {
        int dash = w.text().indexOf('-');
        return w.isWord() && dash > 0 && dash <= 3 && dash + 1 < w.text().length() && Character.isUpperCase(w.text().charAt(dash + 1));
    }

    private Optional<Claimant> named(String s, List<Token> t, int from, int end, int at, String rule) {
        if (from >= end) return Optional.empty();
        Optional<ClaimantNames.Known> known = names.find(t, from, end);
        // the known name is the claimant when it ends the name or a member of it speaks ("SANA reporter in Aleppo"),
        // not when it only qualifies another body ("U.N. human rights office")
        if (known.isPresent() && (known.get().to() == end || members.contains(t.get(known.get().to())))) {
            return Optional.of(new Claimant(Optional.of(known.get().canonical()), false, at, from, end, rule));
        }
        // "the UN children's agency UNICEF said": the acronym after a word for what it is names it
        if (end - from >= 2 && acronym(t.get(end - 1)) && BODY_KINDS.contains(t.get(end - 2)) && !t.get(end - 2).capitalized()) from = end - 1;
        String text = SPACES.matcher(s.substring(t.get(from).start(), t.get(end - 1).end())).replaceAll(" ").replace("*", "").replace("_", "");
        // "Activists said", "Medical sources told": common nouns capitalised only to open a sentence are the same source as
        // "activists", "medical sources" anywhere else
        if (commonNouns(t, from, end)) text = text.toLowerCase(java.util.Locale.ROOT);
        if (PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT))) return Optional.of(new Claimant(Optional.empty(), true, at, from, end, "pronoun"));
        // "the group said": the source named before, else the words themselves
        boolean anaphoric = end - from == 1 && ANAPHORIC_SOURCES.contains(t.get(from)) && from > 0 && t.get(from - 1).is("the");
        if (anaphoric) return Optional.of(new Claimant(Optional.of(text), true, at, from, end, rule));
        return Optional.of(new Claimant(Optional.of(text), false, at, from, end, rule));
    }
}
