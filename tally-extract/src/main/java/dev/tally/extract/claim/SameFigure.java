package dev.tally.extract.claim;

import dev.tally.model.Actor;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Provenance;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One event's figure told twice in an article counts the same people, harmed by the same hand: "18 Civilians
 * Killed in Barrel Bomb Attack" in the headline and "the Assad regime committed a massacre ... where 18 civilians
 * were killed" in the lead; "A man was shot Tuesday" and, below, "One man was taken to the hospital". So the
 * telling that leaves the people unqualified takes the class the article gives them elsewhere
 * ({@value #VICTIMS_RULE}), and the one that names no perpetrator takes the one named elsewhere
 * ({@value #PERPETRATOR_RULE}). Only where the other figure is of the same harm, the same number, one event and
 * the same day (or an unknown one), and the article's other tellings give one value only; otherwise the field
 * stays unknown.
 */
final class SameFigure {
    static final String VICTIMS_RULE = "victims:same-figure-in-article";
    static final String PERPETRATOR_RULE = "perpetrator:same-figure-in-article";

    private SameFigure() {
    }

    /** The claims, their unknown victims and perpetrators settled from other tellings of the same figure. */
    static List<Claim> settle(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.kind() != ClaimKind.INCIDENT) {
                out.add(c);
                continue;
            }
            Claim settled = c;
            if (c.victims() == Victims.UNKNOWN) {
                Set<Victims> told = toldElsewhere(c, claims, o -> Optional.of(o.victims()).filter(v -> v != Victims.UNKNOWN));
                if (told.size() == 1) settled = withVictims(settled, told.iterator().next());
            }
            if (c.actor().perpetrator().isEmpty()) {
                Set<String> told = toldElsewhere(c, claims, o -> o.actor().perpetrator());
                if (told.size() == 1) settled = withPerpetrator(settled, told.iterator().next());
            }
            out.add(settled);
        }
        return out;
    }

    /** What the article's other tellings of {@code c}'s figure give for one field, where they give it. */
    private static <T> Set<T> toldElsewhere(Claim c, List<Claim> claims, Function<Claim, Optional<T>> field) {
        Set<T> told = new HashSet<>();
        for (Claim o : claims) {
            if (o != c && sameFigure(c, o)) field.apply(o).ifPresent(told::add);
        }
        return told;
    }

    private static boolean sameFigure(Claim a, Claim b) {
        return b.kind() == ClaimKind.INCIDENT && a.outcome() == b.outcome() && a.count().min().isPresent()
                && a.count().min().equals(b.count().min()) && a.count().max().equals(b.count().max())
                && !b.part() && (a.date().equals(TimeSpan.UNKNOWN) || b.date().equals(TimeSpan.UNKNOWN) || a.date().equals(b.date()));
    }

    private static Claim withVictims(Claim c, Victims v) {
        Provenance p = c.provenance().withRule(Provenance.Field.VICTIMS, VICTIMS_RULE);
        return new Claim(c.doc(), c.id(), c.kind(), c.outcome(), v, c.subgroup(), c.count(), c.date(), c.place(), c.actor(),
                c.claimant(), c.sentence(), c.evidence(), p);
    }

    private static Claim withPerpetrator(Claim c, String perpetrator) {
        Provenance p = c.provenance().withRule(Provenance.Field.PERPETRATOR, PERPETRATOR_RULE);
        return new Claim(c.doc(), c.id(), c.kind(), c.outcome(), c.victims(), c.subgroup(), c.count(), c.date(), c.place(),
                new Actor(Optional.of(perpetrator), c.actor().means()), c.claimant(), c.sentence(), c.evidence(), p);
    }
}
