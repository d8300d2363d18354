package dev.tally.resolve;

import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Provenance;
import dev.tally.model.Victims;
import dev.tally.model.StoredClaim;
import java.util.Comparator;
import java.util.Optional;

/**
 * One incident claim as the resolver sees it: the stored claim with its outcome family and
 * resolved days. Mentions sort in text order: document, evidence offset, claim id, row id.
 */
record Mention(StoredClaim stored, OutcomeFamily family, Optional<DayRange> days) {
    static final Comparator<Mention> TEXT_ORDER = Comparator.comparing((Mention m) -> m.claim().doc())
            .thenComparingInt(m -> m.claim().evidence().start())
            .thenComparing(m -> m.claim().id())
            .thenComparingLong(Mention::id);

    static Mention of(StoredClaim stored) {
        Claim c = stored.claim();
        return new Mention(stored, OutcomeFamily.of(c.outcome()), DayRange.of(c.date()));
    }

    Claim claim() {
        return stored.claim();
    }

    long id() {
        return stored.id();
    }

    String doc() {
        return stored.claim().doc();
    }

    Outcome outcome() {
        return stored.claim().outcome();
    }

    Victims victims() {
        return stored.claim().victims();
    }

    /** A part of the victims ("13 members of his family"): it joins its event but never sets its range. */
    boolean part() {
        return stored.claim().part();
    }

    /**
     * True when the claim's own clause or sentence names its single day ("on Monday", "on 3 April"):
     * a day read from elsewhere in the article, or from when a statement was made, may be a day off.
     */
    boolean explicitDay() {
        String rule = claim().provenance().basis().getOrDefault(Provenance.Field.DATE, "");
        return days.isPresent() && days.get().days() == 1 && (rule.equals(IN_CLAUSE) || rule.equals(IN_SENTENCE));
    }

    /**
     * True when the claim's day is only the first day its article names, lent to a figure that names none:
     * it may be any event's day ("On November 3, sources told the monitor ..." under a lead of another strike).
     */
    boolean lentDay() {
        return FIRST_DAY.equals(claim().provenance().basis().get(Provenance.Field.DATE));
    }

    private static final String IN_CLAUSE = "date:in-clause", IN_SENTENCE = "date:in-sentence", FIRST_DAY = "date:article-first-day";

    /** True when the claim names where, beyond a bare country. */
    boolean placed() {
        return claim().place().name().isPresent() || claim().place().text().isPresent();
    }

    /** The lowest number the claim allows: its min, or its max when it gives only a ceiling. */
    long low() {
        Count c = claim().count();
        return c.min().orElseGet(() -> c.max().getAsLong());
    }

    /** The highest number the claim allows; {@link Long#MAX_VALUE} when open ("at least 105"). */
    long ceiling() {
        return claim().count().max().orElse(Long.MAX_VALUE);
    }

    /** The highest number the claim states: its max, or its min when it gives only a floor. */
    long high() {
        Count c = claim().count();
        return c.max().orElseGet(() -> c.min().getAsLong());
    }
}
