package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who caused the harm and how from the structure of a claim's clause: a name counts as the
 * perpetrator only where the words around it make it the agent of the harm, never for merely being
 * near the figure or much named. The agent is the "by" phrase of a passive ("killed by Syrian
 * forces", "at the hands of ISIS"), the one a clash was with ("in clashes with Kurds"), the modifier
 * of a means or force ("regime warplanes", "Rebel shelling", "Turkish drone"), or the subject of a
 * harm verb ("Syrian Army kills", "ISIS has reportedly killed"). Names are normalized through
 * {@code actors.tsv}; the words that mark these roles are in {@code agent-words.tsv}. Immutable, so thread-safe.
 */
final class ActorReader {
    static final String RESOURCE = "actors.tsv", WORDS = "agent-words.tsv";
    /** The canonical name that stands for the government of the article's country ({@link Governments}). */
    static final String GOVERNMENT = "@government";
    /** How much farther, in tokens, a name after the figure counts than one before it. */
    private static final int AFTER_COST = 8;
    /** "by the Assad regime and its ally Russia": the ally named second gives way to the side named first, when it acts too. */
    private static final int ALLY_COST = 12;
    private static final WordSet ALLY = WordSet.of("ally", "allies", "allied", "backer", "backers", "partner", "partners");
    /** How many words may stand between a name and its harm verb. */
    private static final int VERB_REACH = 6;
    /** How far before a figure its harm participle may stand ("claiming the lives of ten"). */
    private static final int PARTICIPLE_REACH = 5;

    /**
     * An alias as written in the data and the name it stands for; {@code capitals} is its first word
     * when that is an acronym in capitals ("IS", "US"). Worked out once, when the table is loaded.
     */
    record Alias(String written, String canonical, Optional<String> capitals) {
        static Alias of(String written, String canonical) {
            String head = written.split("[\\s-]")[0];
            boolean acronym = head.length() <= 4 && head.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            return new Alias(written, canonical, acronym ? Optional.of(head) : Optional.empty());
        }
    }

    /** What was found: an actor or means, the token it starts at, and the rule that found it. */
    record Found(String name, int at, String rule) {}

    private final PhraseTable<Alias> perpetrators = new PhraseTable<>();
    private final PhraseTable<Alias> means = new PhraseTable<>();
    private final Map<String, WordSet> words = new HashMap<>();
    private final WordSet by, heldBy, clash, followers, verbs, between, passive, targets, participles, events, determiners, prepositions, collectives,
            harmedBy, agentNouns;

    ActorReader() {
        for (String[] f : TsvResource.rows(RESOURCE, 3)) {
            PhraseTable<Alias> table = switch (f[0]) {
                case "perpetrator" -> perpetrators;
                case "means" -> means;
                default -> throw new IllegalStateException(RESOURCE + ": role must be perpetrator or means; got " + f[0]);
            };
            table.add(f[1], Alias.of(f[1], f[2]));
        }
        Map<String, Set<String>> lists = new HashMap<>();
        for (String[] f : TsvResource.rows(WORDS, 2)) lists.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        lists.forEach((kind, set) -> words.put(kind, WordSet.of(set)));
        by = list("by");
        heldBy = list("held-by");
        clash = list("clash");
        followers = list("follower");
        verbs = list("verb");
        between = list("between");
        passive = list("passive");
        targets = list("target");
        participles = list("participle");
        events = list("event");
        determiners = list("determiner");
        prepositions = list("preposition");
        collectives = list("collective");
        harmedBy = list("harmed-by");
        agentNouns = list("agent-noun");
    }

    private WordSet list(String kind) {
        WordSet w = words.get(kind);
        if (w == null) throw new IllegalStateException(WORDS + " must list words of kind " + kind + "; it has none");
        return w;
    }

    /**
     * The names of one sentence, read once for all the claims it holds: at each token the perpetrator
     * and the means that start there (null where none, or where the case rules a name out: "is" is no
     * "IS"), and which tokens stand inside quotation marks.
     */
    record Names(List<Token> tokens, PhraseTable.Match<Alias>[] perpetrators, PhraseTable.Match<Alias>[] means, boolean[] quoted) {}

    Names names(List<Token> t) {
        return new Names(t, matches(perpetrators, t), matches(means, t), quoted(t));
    }

    @SuppressWarnings("unchecked")
    private static PhraseTable.Match<Alias>[] matches(PhraseTable<Alias> table, List<Token> t) {
        PhraseTable.Match<Alias>[] out = new PhraseTable.Match[t.size()];
        for (int k = 0; k < t.size(); k++) {
            Optional<PhraseTable.Match<Alias>> m = table.at(t, k);
            if (m.isPresent() && caseFits(m.get().value(), t.get(k))) {
                out[k] = m.get();
                k += m.get().length() - 1;
            }
        }
        return out;
    }

    /**
     * The agent of the harm nearest the figure in {@code [from, to)}, outside the words {@code victims}
     * marks (the harmed are not who harmed them) and, but as a harm verb's subject, outside the words
     * {@code reporter} marks (who says so is not who did it).
     */
    Optional<Found> perpetrator(Names n, int from, int to, int figure, boolean[] victims, boolean[] reporter) {
        List<Token> t = n.tokens();
        Found best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean figureQuoted = figure >= 0 && figure < t.size() && n.quoted()[figure];
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            PhraseTable.Match<Alias> m = n.perpetrators()[k];
            if (m == null || victims[k] || n.quoted()[k] != figureQuoted) continue;
            int end = k + m.length();
            String name = m.value().canonical();
            Optional<String> rule = agent(n, k, end, reporter);
            // "ISIL terrorist car bomb": the names that follow a name are its modifiers, one actor; "Russian and regime air
            // strikes", "Regime Russia air strikes": two sides named together did it together
            while (end < t.size()) {
                int next = end + 1 < t.size() && (t.get(end).is("and") || t.get(end).is("or")) && n.perpetrators()[end + 1] != null ? end + 1 : end;
                if (n.perpetrators()[next] == null) break;
                String other = n.perpetrators()[next].value().canonical();
                boolean joint = !other.equals(name) && !GENERIC.contains(other) && !GENERIC.contains(name) && !(ONE_SIDE.contains(name) && ONE_SIDE.contains(other));
                if (next > end && !joint) break;
                if (joint && !name.contains(other)) name = name + (t.get(end).is("or") ? " or " : " and ") + other;
                if (rule.isEmpty()) rule = agent(n, next, next + n.perpetrators()[next].length(), reporter);
                end = next + n.perpetrators()[next].length();
            }
            // "terrorists of Jaish al-Islam", "rebels from the Nusra Front": a common name's group, named after it, is the actor
            int group = end + 1 < t.size() && (t.get(end).is("of") || t.get(end).is("from")) ? (t.get(end + 1).is("the") ? end + 2 : end + 1) : -1;
            if (GENERIC.contains(name) && group > 0 && group < t.size() && n.perpetrators()[group] != null) {
                name = n.perpetrators()[group].value().canonical();
                end = group + n.perpetrators()[group].length();
            }
            if (rule.isEmpty() && !reporter[k] && k < figure && opensSentence(t, k) && harmParticipleBefore(t, figure)) {
                rule = Optional.of("subject-of-harming-clause"); // "The regime has stepped up air attacks, killing 57"
            }
            if (rule.isPresent()) {
                int score = Math.abs(k - figure) + (k > figure ? AFTER_COST : 0) + (allyBefore(t, k) ? ALLY_COST : 0);
                if (score < bestScore) {
                    best = new Found(name, k, rule.get());
                    bestScore = score;
                }
            }
            k = end - 1;
        }
        return Optional.ofNullable(best);
    }

    /** "its ally Russia", "its ally the Syrian regime": the name follows an ally word, the article and "the" aside. */
    private static boolean allyBefore(List<Token> t, int k) {
        int p = k - 1;
        if (p >= 0 && t.get(p).is("the")) p--;
        return p >= 0 && ALLY.contains(t.get(p));
    }

    /** Names of one side that a report may write together ("US Coalition warplanes"): one actor, not two. */
    private static final Set<String> ONE_SIDE = Set.of("United States", "US-led coalition");

    /** Names of a side that say no more than which side: a group named after them is the actor. */
    private static final Set<String> GENERIC = Set.of("terrorists", "rebels", "Takfiri militants");

    /**
     * "was fatally shot by sheriff's deputies", "killed by her husband": who did the harm named by a
     * common noun after a harm participle's "by" in {@code [from, to)}, as written up to that noun; else such a
     * noun as the subject of the harm verb whose object is the figure ("A gunman shot and killed two people").
     */
    Optional<Found> agentNoun(Names n, int from, int to, int figure) {
        List<Token> t = n.tokens();
        for (int k = Math.max(1, from); k < Math.min(to, t.size()) - 1; k++) {
            if (!t.get(k).is("by") || !(harmedBy.contains(t.get(k - 1)) || harmedToDeath(t, k - 1))) continue;
            int start = k + 1;
            while (start < t.size() && AGENT_DETERMINERS.contains(t.get(start))) start++;
            for (int j = start; j < Math.min(t.size(), start + AGENT_WORDS); j++) {
                Token w = t.get(j);
                if (agentNouns.contains(w)) return Optional.of(new Found(words(t, start, j + 1), k, "passive-by-agent-noun"));
                // "by his 14-year-old brother": an age joined by hyphens belongs to the noun
                boolean age = w.isNumber() && j + 1 < t.size() && t.get(j + 1).is("-");
                if (!w.isWord() && !age && !w.is("'s") && !w.is("\u2019s") && !w.is("-")) break;
            }
        }
        return subjectNoun(t, from, figure);
    }

    /** "shot dead", "beaten to death": a harm participle and the death it caused, ending at {@code k}. */
    private boolean harmedToDeath(List<Token> t, int k) {
        if (t.get(k).is("dead")) return k > 0 && harmedBy.contains(t.get(k - 1));
        return t.get(k).is("death") && k > 1 && t.get(k - 1).is("to") && harmedBy.contains(t.get(k - 2));
    }

    /**
     * "A gunman shot and killed two people", "an off-duty officer shot a man": a common-noun agent opening the clause
     * as the subject of a harm verb, the figure after the verb.
     */
    private Optional<Found> subjectNoun(List<Token> t, int from, int figure) {
        int start = afterDatePhrase(t, Math.max(0, from));
        while (start < t.size() && AGENT_DETERMINERS.contains(t.get(start))) start++;
        for (int j = start; j < Math.min(Math.min(t.size(), figure), start + AGENT_WORDS); j++) {
            Token w = t.get(j);
            if (agentNouns.contains(w)) {
                int v = j + 1;
                while (v < figure && ADVERBS.contains(t.get(v))) v++;
                // the figure is the verb's object, right after it ("shot and killed two people"); a headline's "Man Shot" is passive
                boolean object = v < figure && figure - v <= OBJECT_REACH && verbs.contains(t.get(v)) && !t.get(v).capitalized();
                int first = start;
                while (first < j && (TRANSITIONS.contains(t.get(first)) || t.get(first).capitalized() && ADVERBS.contains(t.get(first)))) first++;
                if (object) return Optional.of(new Found(words(t, first, j + 1), j, "agent-noun-subject"));
                // "The suspect opened fire, wounding two people": the subject of the clause a harming participle hangs on
                return v < figure && !t.get(v).capitalized() && !NOT_THE_ATTACK.contains(t.get(v)) && opensSentence(t, start) && commaParticipleBefore(t, v, figure)
                        ? Optional.of(new Found(words(t, first, j + 1), j, "agent-noun-subject-of-harming-clause")) : Optional.empty();
            }
            boolean age = w.isNumber() && j + 1 < t.size() && t.get(j + 1).is("-");
            if (!w.isWord() && !age && !w.is("-") || verbs.contains(w)) return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A comma and a harm participle in {@code [from, figure)}, the participle just before the figure (", wounding two"),
     * and no other clause opened between: in "police are investigating after someone fired shots into a house, killing
     * one" the participle hangs on "someone fired".
     */
    private boolean commaParticipleBefore(List<Token> t, int from, int figure) {
        for (int j = from; j < figure; j++) {
            if (CLAUSE_OPENERS.contains(t.get(j))) return false;
            if (j > from && j >= figure - PARTICIPLE_REACH && participles.contains(t.get(j)) && t.get(j - 1).is(",")) return true;
        }
        return false;
    }

    /** Verbs of a subject that did not do the harm: "police say ...", "police are investigating ...". */
    private static final WordSet NOT_THE_ATTACK = WordSet.of("say", "says", "said", "are", "is", "were", "was", "have", "has", "believe");
    private static final WordSet CLAUSE_OPENERS = WordSet.of("after", "when", "while", "as", "because", "that", "before", "since", "if", "until", "where");

    /** "On 12 May 2019, unidentified gunmen shot...": past a date phrase and its comma that open the clause at {@code k}. */
    private static int afterDatePhrase(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).is("on")) return k;
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + DATE_PHRASE_WORDS); j++) {
            if (t.get(j).is(",")) return j + 1;
        }
        return k;
    }

    /** How many words a date phrase opening a clause may have: "On Saturday 12 May 2019". */
    private static final int DATE_PHRASE_WORDS = 6;

    /** How far after its harm verb the figure may start and be its object: "shot and killed two". */
    private static final int OBJECT_REACH = 3;
    /** Sentence adverbs a clause may open with before its subject: "Separately unknown gunmen injured". */
    private static final WordSet TRANSITIONS = WordSet.of("separately", "also", "meanwhile", "earlier", "later", "elsewhere", "however");

    /** Adverbs between a subject and its harm verb: "a gunman reportedly shot", "police fatally shot". */
    private static final WordSet ADVERBS = WordSet.of("reportedly", "allegedly", "fatally", "then", "later", "also", "apparently");

    private static final WordSet AGENT_DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "two", "three", "several");
    /** Words of a common-noun agent: "sheriff's deputies", "an off-duty police officer". */
    private static final int AGENT_WORDS = 5;

    /** Tokens {@code [from, to)} as written, a possessive or a hyphen joined to the word before. */
    private static String words(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean joined = w.is("'s") || w.is("\u2019s") || w.is("-") || k > from && t.get(k - 1).is("-");
            if (k > from && !joined) b.append(' ');
            b.append(w.text());
        }
        return b.toString();
    }

    /**
     * Whether tokens {@code [from, to)} point back to an attack told before: "in these strikes", "the
     * bombing", "the attack", "the deliberate attack". The claim then continues that report, and its perpetrator is that report's.
     */
    boolean refersBack(Names n, int from, int to) {
        List<Token> t = n.tokens();
        for (int k = Math.max(1, from); k < Math.min(to, t.size()); k++) {
            // "the attack", "the deliberate attack", "these strikes"
            boolean determined = determiners.contains(t.get(k - 1))
                    || k >= 2 && determiners.contains(t.get(k - 2)) && t.get(k - 1).isWord() && !t.get(k - 1).capitalized();
            if (determined && (events.contains(t.get(k)) || n.means()[k] != null)) return true;
        }
        return false;
    }

    /**
     * Whether only articles and linking adverbs stand between token {@code k} and the start of the
     * sentence or of a reported clause ("... as saying that terrorists positioned nearby fired"): it is that clause's subject.
     */
    private boolean opensSentence(List<Token> t, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Token w = t.get(j);
            if (w.is("that")) return true;
            if (!(w.is("the") || w.is("a") || w.is("an") || w.is("meanwhile"))) return false;
        }
        return true;
    }

    /** A harm participle just before the figure: "..., killing at least 57 civilians", "claiming the lives of ten". */
    private boolean harmParticipleBefore(List<Token> t, int figure) {
        for (int j = Math.max(0, figure - PARTICIPLE_REACH); j < figure; j++) {
            if (participles.contains(t.get(j))) return true;
        }
        return false;
    }

    /**
     * The means nearest the figure in {@code [from, to)}, never among the words that describe its own victims
     * ({@code [figure, headEnd)}); a quotation's words are the speaker's, not the report's.
     */
    Optional<Found> means(Names n, int from, int to, int figure, int headEnd) {
        Found best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean figureQuoted = figure >= 0 && figure < n.tokens().size() && n.quoted()[figure];
        for (int k = Math.max(0, from); k < Math.min(to, n.tokens().size()); k++) {
            PhraseTable.Match<Alias> m = n.means()[k];
            // "shoot dead six ISIS suicide bombers": words that describe the victims say nothing of how they were harmed
            if (m == null || n.quoted()[k] != figureQuoted || k >= figure && k < headEnd) continue;
            int score = Math.abs(k - figure);
            if (score < bestScore) {
                // "car bomb explosions", "mortar shell blasts": a blast says less than the means before it
                PhraseTable.Match<Alias> modifier = m.value().canonical().equals(BLAST) ? meansEndingAt(n, k) : null;
                best = new Found((modifier != null ? modifier : m).value().canonical(), k, "named");
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Which rule makes the name at {@code [k, end)} the agent of harm; empty when none does. A name
     * among the words of an attribution ("Russia says") is the agent only as a harm verb's subject.
     */
    private Optional<String> agent(Names n, int k, int end, boolean[] reporter) {
        List<Token> t = n.tokens();
        int p = k - 1;
        if (p >= 0 && (t.get(p).is("the") || t.get(p).is("a"))) p--;
        boolean object = p >= 0 && prepositions.contains(t.get(p));
        if (p > 0 && t.get(p).is("by") && heldBy.contains(t.get(p - 1))) return Optional.empty(); // "forces backed by Russian jets killed"
        if (!object && harmVerbFollows(t, end)) return Optional.of("harm-verb-subject");
        if (!object && claimsAnAttack(t, end)) return Optional.of("claimed-the-attack");
        // "Human Rights Watch has accused the Syrian regime of conducting eight chemical attacks": who is accused did it
        if (p >= 0 && ACCUSED.contains(t.get(p)) && end + 1 < t.size() && t.get(end).is("of")) return Optional.of("accused-of-the-harm");
        if (reporter[k]) return Optional.empty();
        int q = p > 0 && t.get(p).capitalized() && t.get(p - 1).is("by") ? p - 1 : p; // "by Syria's government"
        // "attacks carried out by forces of the Syrian regime": the owner of the forces a passive's "by" names
        int owner = q >= 2 && t.get(q).is("of") && followers.contains(t.get(q - 1)) ? (t.get(q - 2).is("the") ? q - 3 : q - 2) : -1;
        if (owner >= 0 && t.get(owner).is("by") && !(owner > 0 && heldBy.contains(t.get(owner - 1)))) return Optional.of("passive-by-agent");
        if (q >= 0 && (t.get(q).is("by") || t.get(q).is("of") && q > 0 && by.contains(t.get(q - 1)))) {
            // "areas controlled by the Islamic State", "forces backed by Russian jets": who holds or backs is not who harmed
            return q > 0 && heldBy.contains(t.get(q - 1)) ? Optional.empty() : Optional.of("passive-by-agent");
        }
        if (p > 0 && t.get(p).is("with") && clash.contains(t.get(p - 1))) return Optional.of("clash-opponent");
        if (p > 0 && OWNER_LINKS.contains(t.get(p)) && meansEndsAt(n, p)) return Optional.of("means-owner"); // "shelling from army posts"
        if (target(t, p + 1) || bracketedAfterTarget(n, k)) return Optional.empty();
        if (end < t.size() && followers.contains(t.get(end))) return Optional.of("means-modifier");
        int after = end < t.size() && collectives.contains(t.get(end)) ? end + 1 : end; // "terrorist groups shelling"
        if (after < t.size() && n.means()[after] != null) return Optional.of("means-modifier");
        for (int j = k + 1; j < end; j++) {
            if (n.means()[j] != null || followers.contains(t.get(j))) return Optional.of("means-modifier"); // "US airstrikes"
        }
        return Optional.empty();
    }

    /**
     * Words between a means and whose it is: "air raids by the coalition", "shelling from army posts",
     * "a suicide bomber from the Nusra Front"; never "of" or "in", which name its target ("shelling of rebel areas").
     */
    private static final WordSet OWNER_LINKS = WordSet.of("by", "from");

    /** The means of a blast of any kind: an explosion, a bomb. */
    private static final String BLAST = "bombing";

    /** Whether a means named in the sentence ends right before token {@code p}. */
    private static boolean meansEndsAt(Names n, int p) {
        return meansEndingAt(n, p) != null;
    }

    /** The means named in the sentence that ends right before token {@code p}, or null. */
    private static PhraseTable.Match<Alias> meansEndingAt(Names n, int p) {
        for (int j = Math.max(0, p - 3); j < p; j++) {
            if (n.means()[j] != null && j + n.means()[j].length() == p) return n.means()[j];
        }
        return null;
    }

    private static final WordSet ACCUSED = WordSet.of("accused", "accusing", "accuses", "blamed", "blaming", "blames");

    /**
     * "The U.S. said it struck an Al-Qaeda meeting", "The Taliban claimed responsibility": the armed party a sentence names
     * as saying it struck, hit or carried out a strike, or claiming it, if any; for the report of the strike just before it,
     * whose own words name no one.
     */
    Optional<String> saysItStruck(Names n) {
        List<Token> t = n.tokens();
        for (int k = 0; k < t.size(); k++) {
            PhraseTable.Match<Alias> m = n.perpetrators()[k];
            if (m == null) continue;
            int j = k + m.length();
            // "Tehrik-i-Taliban claimed responsibility", "IS claimed responsibility for the attack"
            if (j + 1 < t.size() && (t.get(j).is("claimed") || t.get(j).is("claims")) && t.get(j + 1).is("responsibility")) {
                return Optional.of(m.value().canonical());
            }
            if (j < t.size() && SAYS.contains(t.get(j))) j++; else continue;
            if (j < t.size() && t.get(j).is("that")) j++;
            if (j < t.size() && t.get(j).is("it")) j++; else continue;
            if (j < t.size() && t.get(j).is("had")) j++;
            if (j < t.size() && STRUCK.contains(t.get(j))) return Optional.of(m.value().canonical());
        }
        return Optional.empty();
    }

    /**
     * "A hospital in Maaret al-Nouman was hit earlier today by Russian air strikes": the one armed party a sentence that tells
     * of an attack (it names a means or a strike) names, as its agent; for "the attack" a later figure points back to.
     */
    Optional<String> attackBy(Names n) {
        List<Token> t = n.tokens();
        boolean attack = false;
        for (int k = 0; k < t.size() && !attack; k++) attack = n.means()[k] != null || STRUCK.contains(t.get(k));
        if (!attack) return Optional.empty();
        // a sentence that names two armed parties does not say which one the attack was
        Set<String> named = new HashSet<>();
        for (PhraseTable.Match<Alias> m : n.perpetrators()) {
            if (m != null) named.add(m.value().canonical());
        }
        if (named.size() != 1) return Optional.empty();
        return perpetrator(n, 0, t.size(), t.size(), new boolean[t.size()], new boolean[t.size()]).map(Found::name);
    }

    private static final WordSet SAYS = WordSet.of("said", "says", "acknowledged", "admitted", "confirmed");
    private static final WordSet STRUCK = WordSet.of("struck", "hit", "targeted", "bombed", "carried", "conducted", "launched");

    /**
     * "IS group also claimed an October 2 bomb attack ... that killed 17", "ISIS claimed responsibility for the blast": who
     * claims an attack did it. Not "claimed that 12 were killed", which is a claim of harm, nor a claim of anything else.
     */
    private boolean claimsAnAttack(List<Token> t, int end) {
        int k = end;
        while (k < t.size() && k - end < VERB_REACH && (between.contains(t.get(k)) || followers.contains(t.get(k)) || t.get(k).is("group"))
                && !t.get(k).lower().startsWith("claim")) k++;
        if (k >= t.size() || !(t.get(k).is("claimed") || t.get(k).is("claims") || t.get(k).is("claiming"))) return false;
        int j = k + 1;
        if (j + 1 < t.size() && t.get(j).is("responsibility") && t.get(j + 1).is("for")) j += 2;
        for (int w = j; w < Math.min(t.size(), j + CLAIMED_WORDS); w++) {
            if (events.contains(t.get(w))) return true;
            if (!t.get(w).isWord() && !t.get(w).isNumber() || t.get(w).is("that")) return false;
        }
        return false;
    }

    /** Words between "claimed" and the attack it claims: "claimed an October 2 bomb attack". */
    private static final int CLAIMED_WORDS = 6;

    /** A harm verb in the active right after a name: "Rebels shelled", "ISIS has reportedly killed", not "Militants Killed in". */
    private boolean harmVerbFollows(List<Token> t, int end) {
        int k = end;
        while (k < t.size() && k - end < VERB_REACH && between.contains(t.get(k))) k++;
        if (k >= t.size() || !verbs.contains(t.get(k))) return false;
        if (k + 1 >= t.size()) return false;
        Token next = t.get(k + 1);
        boolean atLeast = next.is("at") && k + 2 < t.size() && t.get(k + 2).is("least"); // "has killed at least 43"
        return atLeast || !passive.contains(next) && !next.is(".");
    }

    /** "struck the Kurdish-led Syrian Democratic Forces (SDF)": a name in brackets after a struck one is struck too. */
    private boolean bracketedAfterTarget(Names n, int k) {
        if (k < 2 || !n.tokens().get(k - 1).is("(")) return false;
        for (int j = Math.max(0, k - 1 - MAX_NAME_WORDS); j < k - 1; j++) {
            PhraseTable.Match<Alias> m = n.perpetrators()[j];
            if (m != null && j + m.length() == k - 1) return target(n.tokens(), j);
        }
        return false;
    }

    /** The most words a name before a bracketed alias is looked for in. */
    private static final int MAX_NAME_WORDS = 5;

    /**
     * Whether a target word ("struck", "against", "foiled") stands in the two words before token {@code k}, a hyphened
     * modifier aside: "struck the Kurdish-led Syrian Democratic Forces" names the SDF as struck, not striking.
     */
    private boolean target(List<Token> t, int k) {
        int at = k;
        while (at >= 1 && t.get(at - 1).isWord() && t.get(at - 1).text().indexOf('-') > 0) at--; // "Kurdish-led", "US-backed"
        if (at < k && at >= 1 && (t.get(at - 1).is("the") || t.get(at - 1).is("a"))) at--;
        for (int j = Math.max(0, at - 2); j < at; j++) {
            if (targets.contains(t.get(j))) return true;
        }
        return false;
    }

    /** Which tokens stand inside quotation marks. */
    static boolean[] quoted(List<Token> t) {
        boolean[] out = new boolean[t.size()];
        boolean inside = false;
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals("\u201c")) inside = true;
            else if (w.equals("\u201d")) inside = false;
            else if (w.equals("\"")) inside = !inside;
            out[k] = inside;
        }
        return out;
    }

    /** "IS" and "US" are names only in capitals: "is" is a verb, "us" a pronoun. */
    private static boolean caseFits(Alias alias, Token first) {
        return alias.capitals().isEmpty() || first.text().startsWith(alias.capitals().get());
    }
}
