package dev.tally.extract.claim;

import dev.tally.model.Place;
import dev.tally.model.TimeSpan;

import java.util.List;

/**
 * "Syrian regime airstrikes on the region killed 22 civilians on Monday ... In Douma air raids killed 16":
 * one event with no actor of its own whose means an earlier claim of the article named with its actor is
 * that actor's, when that claim is the nearest before it that names an actor, a few sentences back at
 * most, and neither its date nor its place (another country, or a town far from the other) says they are two events. The rule is
 * {@code perpetrator:same-means-told-before}.
 */
final class SameMeans {
    /** How many sentences back a claim with the same means may name the actor of a later one. */
    static final int REACH = 5;

    private SameMeans() {}

    /**
     * Read {@code i}'s context, with an actor lent by an earlier claim of the same means; {@code dates} and
     * {@code places} hold the dates and places of reads 0..i.
     */
    static Attribution.Context lend(List<ClaimExtractor.Read> reads, List<Attribution.Context> contexts, List<TimeSpan> dates,
                                    List<Place> places, int i) {
        Attribution.Context c = contexts.get(i);
        if (!c.perpetrator().isEmpty() || c.means().isEmpty()) return c;
        String means = c.means().value().orElseThrow();
        int sentence = reads.get(i).candidate().sentence();
        for (int k = i - 1; k >= 0 && sentence - reads.get(k).candidate().sentence() <= REACH; k--) {
            Attributed p = contexts.get(k).perpetrator();
            if (p.isEmpty()) continue;
            boolean same = contexts.get(k).means().value().filter(means::equals).isPresent() && sameDays(dates.get(k), dates.get(i))
                    && onePlace(places.get(k), places.get(i));
            return same ? new Attribution.Context(Attributed.of("perpetrator", p.value().orElseThrow(), "same-means-told-before"), c.means(), c.claimant()) : c;
        }
        return c;
    }

    /**
     * Whether two places may be one event's: either's country unknown, or the same country and, where both are towns,
     * within {@value #TOWNS_KM} km (a round-up's "a man was shot in Vallejo" and "in Wichita" are two shootings).
     */
    private static boolean onePlace(Place a, Place b) {
        if (a.country().isEmpty() || b.country().isEmpty()) return true;
        return a.country().equals(b.country()) && !(town(a) && town(b) && a.kilometresTo(b).orElse(0) > TOWNS_KM);
    }

    private static boolean town(Place p) {
        return p.precision() == Place.Precision.CITY || p.precision() == Place.Precision.NEIGHBOURHOOD;
    }

    private static final double TOWNS_KM = 400;

    /** Whether two dates may be one event's: either unknown, or their spans meet. */
    private static boolean sameDays(TimeSpan a, TimeSpan b) {
        if (a.start().isEmpty() || b.start().isEmpty() || a.end().isEmpty() || b.end().isEmpty()) return true;
        return !a.end().get().isBefore(b.start().get()) && !b.end().get().isBefore(a.start().get());
    }
}
