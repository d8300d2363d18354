package dev.tally.resolve;

import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether two documents' reports can be one event, and how strongly they say so. A wrong merge is
 * worse than a missed one, so every test here must pass, and {@link #strength} asks for a named place
 * and close days on both sides. Stateless and thread-safe.
 */
final class ReportMatcher {
    /** Days by which two documents may disagree about one event (a night strike, "last Friday" counted from an approximate date). */
    static final int DAY_SLACK = 1;
    /** How far apart two documents' figures may be and still describe one event: the larger at most this times the smaller, plus 2. */
    static final long FIGURE_FACTOR = 3;
    /** The highest {@link #strength}: the same place and day, known victims shared, figures within 2, the same means. */
    static final int STRONGEST = 39;

    private final ActorFamilies actors;

    ReportMatcher(ActorFamilies actors) {
        this.actors = actors;
    }

    /**
     * True when nothing rules out one event: other documents, days that meet (within
     * {@link #DAY_SLACK} when both are sharp; an undated report's within its {@link Report#reach}),
     * places not apart, compatible perpetrators (means never rule out),
     * figures that can describe one event.
     */
    boolean consistent(Report a, Report b) {
        if (a.doc().equals(b.doc()) || a.family() != b.family()) return false;
        if (a.days().isPresent() && b.days().isPresent()) {
            if (!a.reach().get().overlaps(b.reach().get(), slack(a, b))) return false;
        }
        return PlaceMatch.between(a.place(), b.place()) != PlaceMatch.NONE && actorsFit(a, b) && figuresFit(a, b, FIGURE_FACTOR);
    }

    /**
     * How strongly two sharp, named reports speak of one event, higher is stronger; 0 when they do
     * not: the place must be the same, nested or near, some victims shared and the figures close.
     */
    int strength(Report a, Report b) {
        if (!a.sharp() || !b.sharp() || !consistent(a, b)) return 0;
        PlaceMatch place = PlaceMatch.between(a.place(), b.place());
        if (!place.named() || !victimsShared(a, b, false)) return 0;
        int score = switch (place) {
            case SAME -> 30;
            case NESTED -> 20;
            default -> 10;
        };
        DayRange x = a.weighedDays().orElseThrow();
        DayRange y = b.weighedDays().orElseThrow();
        if (!x.overlaps(y, slack(a, b)) || afterPublication(a, y) || afterPublication(b, x)) return 0;
        score += x.equals(y) ? 5 : x.overlaps(y, 0) ? 3 : 0;
        score += (victimsShared(a, b, true) ? 2 : 0) + (figuresFit(a, b, 1) ? 1 : 0) + (meansShared(a, b) ? 1 : 0);
        return score >= MIN_STRENGTH ? score : 0;
    }

    /**
     * The weakest join: two places merely near each other need the same day and the same known victims
     * ("Eastern Ghouta" and "Barzeh, Damascus" a week apart are two events of a besieged area).
     */
    static final int MIN_STRENGTH = 17;

    /**
     * How many days apart two reports may date one event: {@link #DAY_SLACK}, unless both name their
     * one day in their own words ("on Monday" and "on Tuesday" at one place are two days of shelling).
     */
    private static int slack(Report a, Report b) {
        return a.sharp() && b.sharp() && !a.anchored() && !b.anchored() && !(a.explicitDay() && b.explicitDay()) ? DAY_SLACK : 0;
    }

    /** True when {@code r} is dated only by its publication and {@code event} begins after it: no report tells what happened later. */
    private static boolean afterPublication(Report r, DayRange event) {
        return r.anchored() && event.start().isAfter(r.days().orElseThrow().end());
    }

    /** True when some claim of each names a means and the two may be one ("drone", "drone strike"). */
    boolean meansShared(Report a, Report b) {
        return actors.meansInCommon(a.mentions(), b.mentions()).isPresent();
    }

    /** True when every claim of both reports names who did the harm and the names may be one. */
    boolean perpetratorsNamedAndFit(Report a, Report b) {
        boolean named = a.mentions().stream().allMatch(m -> m.claim().actor().perpetrator().isPresent())
                && b.mentions().stream().allMatch(m -> m.claim().actor().perpetrator().isPresent());
        return named && actorsFit(a, b);
    }

    /** True when a whole (not part) claim of each counts the same harm with the same range ("2 killed" and "two killed"). */
    static boolean sameFigure(Report a, Report b) {
        for (Mention x : a.mentions()) {
            for (Mention y : b.mentions()) {
                if (!x.part() && !y.part() && Harm.of(x).equals(Harm.of(y)) && x.low() == y.low() && x.ceiling() == y.ceiling()) return true;
            }
        }
        return false;
    }

    boolean actorsFit(Report a, Report b) {
        for (Mention x : a.mentions()) {
            for (Mention y : b.mentions()) {
                if (!actors.compatible(x.claim().actor(), y.claim().actor())) return false;
            }
        }
        return true;
    }

    /**
     * True when some claim of each counts the same harm (equal outcomes, or one of them "dead and
     * wounded") among the same victims; unless {@code strict}, unknown victims match any.
     */
    static boolean victimsShared(Report a, Report b, boolean strict) {
        for (Mention x : a.mentions()) {
            for (Mention y : b.mentions()) {
                boolean outcome = x.outcome() == y.outcome() || x.outcome() == Outcome.CASUALTIES || y.outcome() == Outcome.CASUALTIES;
                boolean victims = x.victims() == y.victims()
                        ? !strict || x.victims() != Victims.UNKNOWN
                        : !strict && (x.victims() == Victims.UNKNOWN || y.victims() == Victims.UNKNOWN);
                if (outcome && victims) return true;
            }
        }
        return false;
    }

    /**
     * True when, for every (outcome, victims) both count as a whole, their ranges meet or the larger
     * floor is at most {@code factor} times the smaller ceiling plus 2 ("exactly 9" and "exactly 20"
     * may be one event told two ways; "1" and "40" may not). Parts are left out: they count less.
     */
    static boolean figuresFit(Report a, Report b, long factor) {
        Map<Harm, Bounds> mine = bounds(a.mentions());
        for (Map.Entry<Harm, Bounds> e : bounds(b.mentions()).entrySet()) {
            Bounds x = mine.get(e.getKey());
            if (x != null && !x.near(e.getValue(), factor)) return false;
        }
        return true;
    }

    /** Per harm, the lowest floor and the highest ceiling of the whole (not part) claims. */
    static Map<Harm, Bounds> bounds(List<Mention> mentions) {
        Map<Harm, Bounds> bounds = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.part()) bounds.merge(Harm.of(m), new Bounds(m.low(), m.ceiling()), Bounds::hull);
        }
        return bounds;
    }

    /** A range of people, {@code high} {@link Long#MAX_VALUE} when open. */
    record Bounds(long low, long high) {
        Bounds hull(Bounds o) {
            return new Bounds(Math.min(low, o.low), Math.max(high, o.high));
        }

        /** True when the ranges meet, or the larger floor is at most {@code factor} times the smaller ceiling plus 2. */
        boolean near(Bounds o, long factor) {
            long floor = Math.max(low, o.low);
            long ceiling = Math.min(high, o.high);
            // floor - 2 <= factor * ceiling, in a form that cannot overflow
            return floor <= ceiling || (floor - 2 + factor - 1) / factor <= ceiling;
        }
    }
}
