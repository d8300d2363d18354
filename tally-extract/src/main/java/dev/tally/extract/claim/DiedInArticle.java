package dev.tally.extract.claim;

import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Provenance;
import dev.tally.model.TimeSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "A man was killed ... the victim was shot in the head", "An Eaton man was killed after police said he was shot": in
 * an article whose one victim died, what is told again of "the victim" or "he" is that death, not another person
 * wounded. Only where every wounded person the article counts is such a reference back (no "a woman was wounded"),
 * and the death is of one person on the same day or an unknown one, not the shooter's own ("then he killed himself").
 */
final class DiedInArticle {
    static final String RULE = "outcome:died-in-article";
    private static final Set<String> REFERENCES = Set.of("the", "he", "she", "his", "her");

    private DiedInArticle() {
    }

    static List<Claim> settle(List<Claim> claims) {
        List<Claim> hurt = claims.stream().filter(c -> c.outcome() == Outcome.INJURED).toList();
        if (hurt.isEmpty() || !hurt.stream().allMatch(DiedInArticle::referenceToOne)) return claims;
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            boolean died = c.outcome() == Outcome.INJURED && claims.stream().anyMatch(k -> oneDeath(k, c));
            out.add(died ? killed(c) : c);
        }
        return out;
    }

    /** "the victim", "he": one person the article has named before. */
    private static boolean referenceToOne(Claim c) {
        String first = c.count().phrase().strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return c.kind() == ClaimKind.INCIDENT && one(c) && REFERENCES.contains(first);
    }

    private static boolean oneDeath(Claim k, Claim c) {
        return k.outcome() == Outcome.KILLED && k.kind() == ClaimKind.INCIDENT && one(k) && !SinglePersons.byOwnHand(k)
                && (k.date().equals(TimeSpan.UNKNOWN) || c.date().equals(TimeSpan.UNKNOWN) || k.date().equals(c.date()));
    }

    private static boolean one(Claim c) {
        return c.count().min().isPresent() && c.count().min().getAsLong() == 1 && c.count().max().equals(c.count().min());
    }

    private static Claim killed(Claim c) {
        return new Claim(c.doc(), c.id(), c.kind(), Outcome.KILLED, c.victims(), c.subgroup(), c.count(), c.date(), c.place(), c.actor(),
                c.claimant(), c.sentence(), c.evidence(), c.provenance().withRule(Provenance.Field.OUTCOME, RULE));
    }
}
