package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.Count;
import dev.tally.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Three people were shot, one fatally": of the people a sentence says were hurt, the part it says
 * died is killed and only the rest injured, so that no one is counted both dead and wounded; "a man
 * was shot and later died" is one man killed.
 */
final class FatalParts {
    private static final int REACH = 12;

    /** What ", one fatally" says: {@code part} is its figure; empty for ", both fatally" (all of them). */
    private record Fatal(Optional<Figure> part) {}

    private FatalParts() {}

    static List<Candidate> split(List<Candidate> read, List<Figure> figures, List<Token> t) {
        List<Candidate> out = new ArrayList<>();
        List<Figure> parts = new ArrayList<>();
        for (Candidate c : read) {
            Optional<Long> hurt = exact(c.figure());
            Optional<Fatal> fatal = hurt.isPresent() && c.outcome().orElse(null) == Outcome.INJURED ? fatal(c, figures, t) : Optional.empty();
            if (fatal.isEmpty()) {
                out.add(c);
            } else if (fatal.get().part().isEmpty()) {
                out.add(as(c, c.figure(), Outcome.KILLED));
            } else {
                Figure part = fatal.get().part().get();
                long died = exact(part).orElse(Long.MAX_VALUE);
                if (died >= hurt.get()) {
                    out.add(died == hurt.get() ? as(c, c.figure(), Outcome.KILLED) : c);
                    continue;
                }
                Figure f = c.figure();
                out.add(as(c, new Figure(f.first(), f.end(), Count.exactly(f.count().phrase(), hurt.get() - died), false, f.digits()), Outcome.INJURED));
                out.add(as(c, part, Outcome.KILLED));
                parts.add(part);
            }
        }
        out.removeIf(c -> parts.contains(c.figure()) && c.outcome().orElse(null) != Outcome.KILLED);
        return withTheirPronouns(out, t);
    }

    /**
     * "Kevin Garcia, 40, was shot ... where he was pronounced dead": a pronoun after one person in the
     * same sentence is that person, counted once; when it says the person died, the person is killed.
     */
    private static List<Candidate> withTheirPronouns(List<Candidate> read, List<Token> t) {
        List<Candidate> out = new ArrayList<>(read.size());
        for (Candidate c : read) {
            int one = c.figure().end() - c.figure().first() == 1 && SinglePersons.isPronoun(t.get(c.figure().first())) ? lastOne(out) : -1;
            if (one < 0) {
                out.add(c);
            } else if (c.outcome().orElse(null) == Outcome.KILLED && out.get(one).outcome().orElse(null) == Outcome.INJURED) {
                out.set(one, as(out.get(one), out.get(one).figure(), Outcome.KILLED));
            }
        }
        return out;
    }

    /** The index of the last candidate that counts one person, or -1. */
    private static int lastOne(List<Candidate> read) {
        for (int i = read.size() - 1; i >= 0; i--) {
            if (exact(read.get(i).figure()).orElse(0L) == 1L) return i;
        }
        return -1;
    }

    /** ", one fatally", ", two of them fatally", ", both fatally" within the claim's reach. */
    private static Optional<Fatal> fatal(Candidate c, List<Figure> figures, List<Token> t) {
        for (int j = c.headEnd(); j < Math.min(t.size(), c.headEnd() + REACH); j++) {
            Token w = t.get(j);
            if (w.is(".") || w.is(";")) return Optional.empty();
            // "a man was shot in the chest and later died": the people hurt all died
            if (w.is("and") && diedAfter(t, j + 1)) return Optional.of(new Fatal(Optional.empty()));
            if (!w.is("fatally") || j == 0) continue;
            int end = j >= 3 && t.get(j - 1).is("them") && t.get(j - 2).is("of") ? j - 2 : j;
            if (t.get(end - 1).is("both") || t.get(end - 1).is("all")) return Optional.of(new Fatal(Optional.empty()));
            return figures.stream().filter(f -> f.end() == end && f.first() >= c.figure().end()).findFirst()
                    .map(f -> new Fatal(Optional.of(f)));
        }
        return Optional.empty();
    }

    private static final WordSet THEN = WordSet.of("later", "then", "subsequently",
            "eventually", "afterward", "afterwards", "soon");
    private static final WordSet DIED = WordSet.of("died", "succumbed");
    private static final WordSet DECLARED = WordSet.of("pronounced", "declared");

    /** "died", "later succumbed", "was pronounced dead", "passed away" from token {@code k}: the subject before "and" died. */
    private static boolean diedAfter(List<Token> t, int k) {
        if (k < t.size() && THEN.contains(t.get(k))) k++;
        if (k >= t.size()) return false;
        if (DIED.contains(t.get(k))) return true;
        if (t.get(k).is("passed")) return k + 1 < t.size() && t.get(k + 1).is("away");
        if (!t.get(k).is("was") && !t.get(k).is("were")) return false;
        k++;
        if (k < t.size() && THEN.contains(t.get(k))) k++;
        return k + 1 < t.size() && DECLARED.contains(t.get(k)) && t.get(k + 1).is("dead");
    }

    private static Optional<Long> exact(Figure f) {
        Count n = f.count();
        return n.min().isPresent() && n.min().equals(n.max()) ? Optional.of(n.min().getAsLong()) : Optional.empty();
    }

    private static Candidate as(Candidate c, Figure f, Outcome outcome) {
        int headEnd = f == c.figure() ? c.headEnd() : f.end();
        java.util.Map<dev.tally.model.Provenance.Field, String> basis = new java.util.EnumMap<>(c.basis());
        if (outcome != c.outcome().orElse(null)) basis.put(dev.tally.model.Provenance.Field.OUTCOME, RULE);
        return new Candidate(c.sentence(), f, headEnd, Optional.of(outcome), c.victims(), c.subgroup(), c.kind(), c.continues(),
                c.clauseFrom(), c.clauseTo(), basis);
    }

    /** The outcome's rule when the sentence says the hurt died: ", one fatally", "and later died", "where he was pronounced dead". */
    static final String RULE = "outcome:died-in-sentence";
}
