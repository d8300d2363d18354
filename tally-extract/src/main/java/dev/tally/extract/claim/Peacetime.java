package dev.tally.extract.claim;

import dev.tally.model.Claim;
import dev.tally.model.Provenance;
import dev.tally.model.Victims;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where no war goes on, people harmed are civilians unless the text says otherwise: in an article whose country is
 * at peace when it was published ({@link Wars}), whose figures count no soldier or fighter, name no armed party as the
 * hand behind them ("the US-led invasion of 2003 ... cost the lives of hundreds of thousands") and whose harm is shooting
 * or abduction only, "two men were shot", "the victim" and "he" are civilians ({@value #RULE}), as "a man" and "a
 * woman" are anywhere. In a war ("two people were killed in Raqqa") an unqualified person may be a fighter, and
 * stays unknown.
 */
final class Peacetime {
    static final String RULE = "victims:no-war-in-article";
    /** The means of everyday harm; any other (an air strike, shelling, a car bomb, an execution) is an act of war. */
    private static final Set<String> EVERYDAY_MEANS = Set.of("shooting", "kidnapping");
    /** The armed parties Tally knows by name ({@code actors.tsv}): a state, its forces, an armed group. */
    private static final Set<String> ARMED = TsvResource.rows(ActorReader.RESOURCE, 3).stream()
            .filter(r -> r[0].equals("perpetrator")).map(r -> r[2]).collect(Collectors.toUnmodifiableSet());

    private Peacetime() {
    }

    /** {@code claims} of one article of a country at peace, their unknown victims made civilians where nothing speaks of war. */
    static List<Claim> settle(List<Claim> claims) {
        boolean war = claims.stream().anyMatch(c -> c.victims() == Victims.MILITARY || c.victims() == Victims.MILITANT
                || c.actor().means().filter(m -> !EVERYDAY_MEANS.contains(m)).isPresent()
                || c.actor().perpetrator().filter(ARMED::contains).isPresent());
        if (war) return claims;
        return claims.stream().map(c -> c.victims() != Victims.UNKNOWN ? c
                : new Claim(c.doc(), c.id(), c.kind(), c.outcome(), Victims.CIVILIAN, c.subgroup(), c.count(), c.date(), c.place(), c.actor(),
                        c.claimant(), c.sentence(), c.evidence(), c.provenance().withRule(Provenance.Field.VICTIMS, RULE))).toList();
    }
}
