package dev.tally.resolve;

import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import java.util.Comparator;

/** What a figure counts: one outcome among one kind of victims ("killed", "civilian"). */
record Harm(Outcome outcome, Victims victims) {
    static final Comparator<Harm> ORDER = Comparator.comparing(Harm::outcome).thenComparing(Harm::victims);

    static Harm of(Mention m) {
        return new Harm(m.outcome(), m.victims());
    }

    /** "killed (military)", as contradictions name it. */
    String label() {
        return outcome.code() + " (" + victims.code() + ")";
    }
}
