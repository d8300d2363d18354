package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;

import java.util.List;
import java.util.Optional;

/**
 * Reads who caused the harm and how from a claim's clause, then its sentence: "US air strikes",
 * "a Canadian warplane", "Iraqi forces", "artillery", "executions". Names are normalized through
 * {@code actors.tsv} (US / U.S. / American / Washington -> United States). A name right after
 * "against" or "targeting" is the target, not the perpetrator. Immutable, so thread-safe.
 */
final class ActorReader {
    static final String RESOURCE = "actors.tsv";
    private static final WordSet TARGET_MARKERS = WordSet.of("against", "targeting", "targeted", "struck", "hit", "fighting",
            "on", "attacked", "attacking", "battle", "war", "of", "document", "documented", "recapture", "retake");
    private static final WordSet AGENT_MARKERS = WordSet.of("by", "from");
    /** Words after a name that make it the agent of harm: "US airstrikes", "Iraqi forces shelled". */
    private static final WordSet AGENT_FOLLOWERS = WordSet.of("airstrike", "airstrikes", "strike", "strikes", "warplane",
            "warplanes", "aircraft", "forces", "troops", "shelling", "artillery", "drone", "drones", "jets", "bombing", "raid", "raids");
    /** How much nearer, in tokens, an agent counts than a name merely nearby; and how much farther a name after the figure. */
    private static final int AGENT_BONUS = 10, AFTER_COST = 8;

    /**
     * An alias as written in the data and the name it stands for; {@code capitals} is its first word
     * when that is an acronym in capitals ("IS", "US"), {@code namesMeans} whether it ends in a means
     * ("US airstrikes"). Both are worked out once, when the table is loaded.
     */
    record Alias(String written, String canonical, Optional<String> capitals, boolean namesMeans) {
        static Alias of(String written, String canonical) {
            String head = written.split("[\\s-]")[0];
            boolean acronym = head.length() <= 4 && head.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            String lower = written.toLowerCase(java.util.Locale.ROOT);
            boolean means = AGENT_FOLLOWERS.words().stream().anyMatch(lower::endsWith);
            return new Alias(written, canonical, acronym ? Optional.of(head) : Optional.empty(), means);
        }
    }

    /** What was found: an actor and the token it starts at. */
    record Found(String name, int at) {}

    private final PhraseTable<Alias> perpetrators = new PhraseTable<>();
    private final PhraseTable<Alias> means = new PhraseTable<>();

    ActorReader() {
        load();
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
            if (m.isPresent() && caseFits(m.get().value(), t.get(k))) out[k] = m.get();
        }
        return out;
    }

    /** The perpetrator nearest the figure in {@code [from, to)}, outside the victims' own words {@code [skipFrom, skipTo)}. */
    Optional<Found> perpetrator(Names n, int from, int to, int skipFrom, int skipTo, int figure) {
        return nearest(n, n.perpetrators(), from, to, skipFrom, skipTo, figure, true);
    }

    Optional<Found> means(Names n, int from, int to, int figure) {
        return nearest(n, n.means(), from, to, -1, -1, figure, false);
    }

    private static Optional<Found> nearest(Names n, PhraseTable.Match<Alias>[] at, int from, int to, int skipFrom, int skipTo,
                                           int figure, boolean perpetrator) {
        List<Token> t = n.tokens();
        boolean[] quoted = n.quoted();
        Found best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean figureQuoted = figure >= 0 && figure < t.size() && quoted[figure];
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (k >= skipFrom && k < skipTo || quoted[k] != figureQuoted) continue; // a quotation's words are the speaker's, not the report's
            PhraseTable.Match<Alias> m = at[k];
            if (m == null) continue;
            int end = k + m.length();
            if (perpetrator && target(t, k)) continue;
            int score = Math.abs(k - figure);
            if (perpetrator) score += (k > figure ? AFTER_COST : 0) - (agent(t, k, end, m.value()) ? AGENT_BONUS : 0);
            if (score < bestScore) {
                best = new Found(m.value().canonical(), k);
                bestScore = score;
            }
            k = end - 1;
        }
        return Optional.ofNullable(best);
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

    private static boolean target(List<Token> t, int k) {
        for (int j = Math.max(0, k - 2); j < k; j++) {
            if (TARGET_MARKERS.contains(t.get(j))) return true;
        }
        return false;
    }

    private static boolean agent(List<Token> t, int k, int end, Alias alias) {
        return alias.namesMeans() || k > 0 && AGENT_MARKERS.contains(t.get(k - 1))
                || end < t.size() && AGENT_FOLLOWERS.contains(t.get(end));
    }

    /** "IS" and "US" are names only in capitals: "is" is a verb, "us" a pronoun. */
    private static boolean caseFits(Alias alias, Token first) {
        return alias.capitals().isEmpty() || first.text().startsWith(alias.capitals().get());
    }

    private void load() {
        for (String[] f : TsvResource.rows(RESOURCE, 3)) {
            PhraseTable<Alias> table = switch (f[0]) {
                case "perpetrator" -> perpetrators;
                case "means" -> means;
                default -> throw new IllegalStateException(RESOURCE + ": role must be perpetrator or means; got " + f[0]);
            };
            table.add(f[1], Alias.of(f[1], f[2]));
        }
    }
}
