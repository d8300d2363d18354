package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Provenance;
import dev.tally.model.Victims;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A figure of harmed people read in one sentence, before article context fills what it leaves
 * open. An empty {@code outcome}, {@code victims} or {@code kind} is taken from the claim it continues
 * ("another 30 wounded", "the figure is 3 million").
 *
 * @param sentence index of the sentence in the article
 * @param headEnd  token index right after the figure's noun phrase ("dozens of ISIS fighters")
 * @param clauseFrom token range {@code [clauseFrom, clauseTo)} of the clause that holds the figure
 * @param basis      the rule that set each field read so far ("kind:nearest-marker-in-clause")
 */
record Candidate(int sentence, Figure figure, int headEnd, Optional<Outcome> outcome, Optional<Victims> victims,
                 Optional<String> subgroup, Optional<ClaimKind> kind, Continues continues, int clauseFrom, int clauseTo,
                 Map<Provenance.Field, String> basis) {

    Candidate {
        basis = Map.copyOf(basis);
    }

    /** Which earlier claim a candidate leans on for what it leaves open. */
    enum Continues { NOTHING, IN_SENTENCE, ANY }

    /** This candidate with its gaps filled, and the rules that filled them added to its basis. */
    Candidate with(Outcome o, Victims v, ClaimKind k, Map<Provenance.Field, String> filled) {
        Map<Provenance.Field, String> all = new EnumMap<>(Provenance.Field.class);
        all.putAll(basis);
        all.putAll(filled);
        return new Candidate(sentence, figure, headEnd, Optional.of(o), Optional.of(v), subgroup, Optional.of(k), continues, clauseFrom, clauseTo, all);
    }
}
