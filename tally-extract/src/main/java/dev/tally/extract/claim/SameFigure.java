package dev.tally.extract.claim;

import dev.tally.model.Actor;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One event's figure told twice in an article counts the same people, harmed by the same hand: "18 Civilians
 * Killed in Barrel Bomb Attack" in the headline and "the Assad regime committed a massacre ... where 18 civilians
 * were killed" in the lead; "A man was shot Tuesday" and, below, "One man was taken to the hospital". So the
 * telling that leaves the people unqualified takes the class the article gives them elsewhere
 * ({@value #VICTIMS_RULE}), the one that names no perpetrator takes the one named elsewhere
 * ({@value #PERPETRATOR_RULE}), and the one that dates the harm in no words of its own (the headline, dated
 * by the article's first day) takes the day another telling gives in its own ({@value #DATE_RULE}), and the one
 * whose own words place it no finer than a province ("kills 12 Iraqi civilians") the town another telling names
 * beside the figure ({@value #PLACE_RULE}; the number from the same floor up: "at least 12"). Only where
 * the other figure is of the same harm, the same number and one event (for victims and perpetrator, on the same day
 * or an unknown one), and the article's other tellings give one value only; otherwise the field stays as it was. A
 * telling set apart as "another" town or attack takes none of these three.
 */
final class SameFigure {
    static final String VICTIMS_RULE = "victims:same-figure-in-article";
    static final String PERPETRATOR_RULE = "perpetrator:same-figure-in-article";
    static final String DATE_RULE = "date:same-figure-in-article";
    static final String PLACE_RULE = "place:same-figure-in-article";

    private SameFigure() {
    }

    /** The claims, their unknown victims, perpetrators and unsaid days settled from other tellings of the same figure. */
    static List<Claim> settle(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        boolean roundUp = roundUp(claims);
        for (Claim c : claims) {
            out.add(c.kind() == ClaimKind.INCIDENT ? settled(c, claims, roundUp) : c);
        }
        return out;
    }

    /**
     * Whether the article tells of harm in {@value #ROUND_UP_PLACES} places or more ("A man was shot in Vallejo, Calif.",
     * "A 17-year-old boy was shot in Wichita, Kan." ...): a round-up, in which one person harmed is no figure to tell
     * one event by.
     */
    private static boolean roundUp(List<Claim> claims) {
        Set<String> places = new HashSet<>();
        for (Claim c : claims) {
            boolean town = c.place().precision() == Place.Precision.CITY || c.place().precision() == Place.Precision.NEIGHBOURHOOD;
            if (c.kind() == ClaimKind.INCIDENT && town) c.place().name().ifPresent(places::add);
        }
        return places.size() >= ROUND_UP_PLACES;
    }

    private static final int ROUND_UP_PLACES = 5;

    /** {@code c} with each field its own words leave open taken from the article's other tellings, when they give one value. */
    private static Claim settled(Claim c, List<Claim> claims, boolean roundUp) {
        Victims victims = c.victims();
        Actor actor = c.actor();
        TimeSpan date = c.date();
        Provenance p = c.provenance();
        if (victims == Victims.UNKNOWN) {
            Set<Victims> told = toldElsewhere(c, claims, o -> Optional.of(o.victims()).filter(v -> v != Victims.UNKNOWN), true);
            if (told.size() == 1) {
                victims = told.iterator().next();
                p = p.withRule(Provenance.Field.VICTIMS, VICTIMS_RULE);
            }
        }
        boolean another = another(c.sentence(), 0, c.sentence().length());
        if (actor.perpetrator().isEmpty() && !another && !(roundUp && c.count().min().orElse(0L) < 2)) {
            Set<String> told = toldElsewhere(c, claims, o -> o.actor().perpetrator(), true);
            if (told.size() == 1) {
                actor = new Actor(Optional.of(told.iterator().next()), actor.means());
                p = p.withRule(Provenance.Field.PERPETRATOR, PERPETRATOR_RULE);
            }
        }
        if (lent(c) && telling(c) && !another) {
            Set<TimeSpan> told = toldElsewhere(c, claims, SameFigure::ownDate, false);
            if (told.size() == 1) {
                date = told.iterator().next();
                p = p.withRule(Provenance.Field.DATE, DATE_RULE);
            }
        }
        Place place = c.place();
        boolean coarse = c.place().precision() == Place.Precision.COUNTRY || c.place().precision() == Place.Precision.ADMIN_AREA;
        if (telling(c) && !another && (coarse || !OWN_PLACE_RULES.contains(ruleStem(c)))) {
            Map<String, Place> told = new HashMap<>();
            for (Claim o : claims) {
                if (o != c && sameFloor(c, o) && sameDay(c, o)) ownPlace(o).ifPresent(q -> told.put(q.name().orElseThrow(), q));
            }
            Place other = told.size() == 1 ? told.values().iterator().next() : null;
            // as fine as what it replaces at least ("the Sulaymaniyah neighborhood" the headline took stays), in its country
            if (other != null && !other.name().equals(c.place().name()) && other.precision().ordinal() <= c.place().precision().ordinal()
                    && (c.place().country().isEmpty() || c.place().country().equals(other.country())) && !seatOf(other, c.place())) {
                place = other;
                p = p.withRule(Provenance.Field.PLACE, PLACE_RULE);
            }
        }
        if (p == c.provenance()) return c;
        return new Claim(c.doc(), c.id(), c.kind(), c.outcome(), victims, c.subgroup(), c.count(), date, place, actor, c.claimant(),
                c.sentence(), c.evidence(), p);
    }

    /**
     * What the article's other tellings of {@code c}'s figure give for one field, where they give it; {@code sameDay}: only
     * tellings of the same day, or of an unknown one.
     */
    private static <T> Set<T> toldElsewhere(Claim c, List<Claim> claims, Function<Claim, Optional<T>> field, boolean sameDay) {
        Set<T> told = new HashSet<>();
        for (Claim o : claims) {
            if (o != c && sameFigure(c, o) && (!sameDay || sameDay(c, o))) field.apply(o).ifPresent(told::add);
        }
        return told;
    }

    private static boolean sameFigure(Claim a, Claim b) {
        return b.kind() == ClaimKind.INCIDENT && a.outcome() == b.outcome() && a.count().min().isPresent()
                && a.count().min().equals(b.count().min()) && a.count().max().equals(b.count().max()) && !b.part();
    }

    /** The same harm, from the same number up ("12 Iraqi civilians" and "at least 12 civilians"), of one event. */
    private static boolean sameFloor(Claim a, Claim b) {
        return b.kind() == ClaimKind.INCIDENT && a.outcome() == b.outcome() && a.count().min().equals(b.count().min()) && !b.part();
    }

    /**
     * "Three people were also killed in another town": a sentence that sets its harm apart from one told before tells
     * another event, whatever number it shares with it.
     */
    private static final Pattern ANOTHER = Pattern.compile(
            "\\b(?i:another|a second|a separate)\\s+(?:\\p{L}+\\s+)?(?:town|village|city|area|district|neighbou?rhood|province|attack|strike|raid|incident|blast|bombing|explosion|shelling)s?\\b");

    /** Whether {@code [from, to)} of {@code text} sets its harm apart as another place's or attack's. */
    static boolean another(CharSequence text, int from, int to) {
        return ANOTHER.matcher(text).region(from, to).find();
    }

    /**
     * Whether {@code town} is the seat of the province {@code area}, written as the province's name ("Syria's Quneitra" in a
     * headline over "the southern province of Quneitra"): named bare, the seat stands for its province as often as for the
     * town, so it is no finer.
     */
    private static boolean seatOf(Place town, Place area) {
        if (area.precision() != Place.Precision.ADMIN_AREA || town.text().isEmpty() || area.text().isEmpty()) return false;
        return area.text().get().toLowerCase(java.util.Locale.ROOT).contains(town.text().get().toLowerCase(java.util.Locale.ROOT));
    }

    /** The place rules that read the figure's own clause or sentence. */
    private static final Set<String> OWN_PLACE_RULES = Set.of("place:in-clause", "place:in-sentence", "place:finer-in-sentence");

    /** {@code c}'s place rule without the "+unlisted" mark. */
    private static String ruleStem(Claim c) {
        String rule = c.provenance().basis().getOrDefault(Provenance.Field.PLACE, "place:none");
        return rule.endsWith(UNLISTED) ? rule.substring(0, rule.length() - UNLISTED.length()) : rule;
    }

    private static final String UNLISTED = "+unlisted";

    /**
     * {@code c}'s place when its own clause or sentence names it finer than a province ("killed at least 12 civilians
     * in Mosul"): what a headline's "12 Iraqi civilians" or "in Syria's Idlib" leaves open.
     */
    private static Optional<Place> ownPlace(Claim c) {
        boolean fine = c.place().precision() == Place.Precision.CITY || c.place().precision() == Place.Precision.NEIGHBOURHOOD;
        return fine && c.place().name().isPresent() && OWN_PLACE_RULES.contains(ruleStem(c)) ? Optional.of(c.place()) : Optional.empty();
    }

    private static boolean sameDay(Claim a, Claim b) {
        return a.date().equals(TimeSpan.UNKNOWN) || b.date().equals(TimeSpan.UNKNOWN) || a.date().equals(b.date());
    }

    /** The date rules that read the figure's own words: its clause, its sentence, the claim it continues. */
    private static final Set<String> OWN_DATE_RULES = Set.of("date:in-clause", "date:in-sentence", "date:continued");
    /** The date rules that read nothing near the figure: the article's first day, or none. */
    private static final Set<String> UNSAID_DATE_RULES = Set.of("date:article-first-day", "date:none");

    /**
     * Whether nothing near {@code c}'s figure dates it (a headline's, dated by the article's first day, or undated):
     * a telling of the same figure that dates it in its own words says more.
     */
    private static boolean lent(Claim c) {
        return UNSAID_DATE_RULES.contains(c.provenance().basis().getOrDefault(Provenance.Field.DATE, "date:none"));
    }

    /**
     * Whether {@code c}'s figure tells its event apart: a number of two or more, exact or a floor ("18", "at least 20"),
     * not one person nor a vague word ("dozens"), which an article tells of many events.
     */
    private static boolean telling(Claim c) {
        long min = c.count().min().orElse(0L);
        return min >= 2 && (c.count().max().isEmpty() || c.count().max().getAsLong() == min);
    }

    /** {@code c}'s date when its own words give it, a week at most ("In 2015" dates no event told twice). */
    private static Optional<TimeSpan> ownDate(Claim c) {
        if (!OWN_DATE_RULES.contains(c.provenance().basis().get(Provenance.Field.DATE)) || c.date().start().isEmpty()) return Optional.empty();
        return ChronoUnit.DAYS.between(c.date().start().get(), c.date().end().get()) < 7 ? Optional.of(c.date()) : Optional.empty();
    }
}
