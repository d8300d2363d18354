package dev.tally.extract.claim;

import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Provenance;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One event's victims told twice in an article are the same people: "A man was shot Tuesday" and, below,
 * "One man was taken to the hospital" or "a person shot" count the one man, so the figure that leaves its
 * people unqualified takes the class the article gives them elsewhere. Only where the other figure is of the
 * same harm, the same number, one event and the same day (or an unknown one), and the article gives those
 * people one class only; otherwise the victims stay unknown.
 */
final class SameVictims {
    static final String RULE = "victims:same-figure-in-article";

    private SameVictims() {
    }

    /** The claims, those of unknown victims told elsewhere with a class given that class. */
    static List<Claim> settle(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Set<Victims> told = c.victims() == Victims.UNKNOWN && c.kind() == ClaimKind.INCIDENT ? toldElsewhere(c, claims) : Set.of();
            out.add(told.size() == 1 ? with(c, told.iterator().next()) : c);
        }
        return out;
    }

    private static Set<Victims> toldElsewhere(Claim c, List<Claim> claims) {
        Set<Victims> told = EnumSet.noneOf(Victims.class);
        for (Claim o : claims) {
            if (o != c && o.victims() != Victims.UNKNOWN && sameFigure(c, o)) told.add(o.victims());
        }
        return told;
    }

    private static boolean sameFigure(Claim a, Claim b) {
        return b.kind() == ClaimKind.INCIDENT && a.outcome() == b.outcome() && a.count().min().isPresent()
                && a.count().min().equals(b.count().min()) && a.count().max().equals(b.count().max())
                && !b.part() && (a.date().equals(TimeSpan.UNKNOWN) || b.date().equals(TimeSpan.UNKNOWN) || a.date().equals(b.date()));
    }

    private static Claim with(Claim c, Victims v) {
        Provenance p = c.provenance().withRule(Provenance.Field.VICTIMS, RULE);
        return new Claim(c.doc(), c.id(), c.kind(), c.outcome(), v, c.subgroup(), c.count(), c.date(), c.place(), c.actor(),
                c.claimant(), c.sentence(), c.evidence(), p);
    }
}
