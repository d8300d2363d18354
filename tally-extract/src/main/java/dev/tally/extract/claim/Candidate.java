package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Victims;

import java.util.Optional;

/**
 * A figure of harmed people read in one sentence, before article context fills what it leaves
 * open. An empty {@code outcome}, {@code victims} or {@code kind} is taken from the claim it continues
 * ("another 30 wounded", "the figure is 3 million").
 *
 * @param sentence index of the sentence in the article
 * @param headEnd  token index right after the figure's noun phrase ("dozens of ISIS fighters")
 * @param clauseFrom token range {@code [clauseFrom, clauseTo)} of the clause that holds the figure
 */
record Candidate(int sentence, Figure figure, int headEnd, Optional<Outcome> outcome, Optional<Victims> victims,
                 Optional<String> subgroup, Optional<ClaimKind> kind, Continues continues, int clauseFrom, int clauseTo) {

    /** Which earlier claim a candidate leans on for what it leaves open. */
    enum Continues { NOTHING, IN_SENTENCE, ANY }

    Candidate with(Outcome o, Victims v, ClaimKind k) {
        return new Candidate(sentence, figure, headEnd, Optional.of(o), Optional.of(v), subgroup, Optional.of(k), continues, clauseFrom, clauseTo);
    }
}
