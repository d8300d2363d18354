package dev.tally.resolve;

import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Victims;
import dev.tally.model.StoredClaim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated claims with a known answer, from a seed: events at cities of a few countries, each told
 * by one to three documents in a few claims each ("at least", exact, unknown victims, a claim
 * without a date, one with only the country), plus aggregates. Events are spread over more days as
 * there are more of them, so that a day in a country holds about as many events at any size.
 *
 * @param claims  the claims, row ids 1..n
 * @param eventOf per claim row id, the event it tells; aggregates are absent
 */
record SyntheticLedger(List<StoredClaim> claims, Map<Long, Integer> eventOf) {
    private static final String[] COUNTRIES = {"IQ", "SY", "YE", "AF", "LY", "UA"};
    private static final int CITIES = 25;
    private static final int EVENTS_PER_DAY = 12;
    private static final String[] MEANS = {"airstrike", "shelling", "car bomb", "execution"};

    static SyntheticLedger generate(long seed, int claimsWanted) {
        Random random = new Random(seed);
        Builder b = new Builder(random);
        // about three claims an event: one to three documents, one or two claims each
        int days = Math.max(1, claimsWanted / 3 / EVENTS_PER_DAY);
        for (int e = 0; b.claims.size() < claimsWanted; e++) b.event(e, days);
        return new SyntheticLedger(List.copyOf(b.claims), Map.copyOf(b.eventOf));
    }

    private static final class Builder {
        private final Random random;
        private final List<StoredClaim> claims = new ArrayList<>();
        private final Map<Long, Integer> eventOf = new HashMap<>();
        private int docs;

        Builder(Random random) {
            this.random = random;
        }

        void event(int event, int days) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            int city = random.nextInt(CITIES);
            LocalDate day = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(days));
            Victims victims = Victims.values()[random.nextInt(3)];
            long dead = 1 + random.nextInt(random.nextBoolean() ? 10 : 200);
            String means = MEANS[random.nextInt(MEANS.length)];
            int tellers = 1 + random.nextInt(3);
            for (int t = 0; t < tellers; t++) {
                String doc = "syn-" + (docs++) + ".txt";
                int told = 1 + random.nextInt(2);
                for (int k = 0; k < told; k++) tell(event, doc, k, country, city, day, victims, dead, means);
            }
            if (random.nextInt(20) == 0) aggregate(country, day);
        }

        private void tell(int event, String doc, int k, String country, int city, LocalDate day, Victims victims, long dead, String means) {
            ClaimBuilder c = ClaimBuilder.claim(doc, "c" + k).offset(100 * k).by(random.nextBoolean() ? "coalition" : null, means)
                    .says("A figure about event " + event + ".");
            c.harm(k == 1 && random.nextBoolean() ? Outcome.INJURED : Outcome.KILLED, random.nextInt(8) == 0 ? Victims.UNKNOWN : victims);
            long shown = Math.max(1, dead + random.nextInt(3) - 1);
            c.count(random.nextBoolean() ? Count.exactly(Long.toString(shown), shown) : Count.atLeast("at least " + shown, shown));
            int shape = random.nextInt(20);
            if (shape != 0) c.on("on that day", day.toString());
            c.at(shape == 1 ? ClaimBuilder.country(country) : city(country, city));
            add(c.stored(claims.size() + 1L), event);
        }

        private void aggregate(String country, LocalDate day) {
            String doc = "syn-" + (docs++) + ".txt";
            ClaimBuilder c = ClaimBuilder.claim(doc, "a0").aggregate().harm(Outcome.KILLED, Victims.CIVILIAN)
                    .count(Count.atLeast("more than 300", 301)).on("this month", day.withDayOfMonth(1).toString(), day.toString())
                    .at(ClaimBuilder.country(country)).says("A monthly total.");
            claims.add(c.stored(claims.size() + 1L));
        }

        private void add(StoredClaim claim, int event) {
            claims.add(claim);
            eventOf.put(claim.id(), event);
        }

        private static Place city(String country, int city) {
            double lat = 20 + (country.hashCode() % 20) + city * 0.37;
            double lon = 30 + (country.hashCode() % 15) + city * 0.41;
            return ClaimBuilder.city(country + "-city-" + city, country, lat, lon);
        }
    }
}
