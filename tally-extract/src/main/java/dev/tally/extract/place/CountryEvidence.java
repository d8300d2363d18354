package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How much an article speaks of each country: named countries (more when a locative cue
 * frames them, as countries are often actors: "Russia said"), demonyms (more in "the Syrian
 * city"), and the countries of places already placed. An article names a handful of countries,
 * so they are kept in two short arrays, searched in order, rather than a map of boxed sums.
 * Mutable while the resolver adds to it; confined to one resolve call.
 */
final class CountryEvidence {
    private String[] countries = new String[8];
    private double[] weights = new double[8];
    private int size;
    private double total;

    void add(String country, double weight) {
        int i = indexOf(country);
        if (i < 0) {
            if (size == countries.length) {
                countries = Arrays.copyOf(countries, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            i = size++;
            countries[i] = country;
        }
        weights[i] += weight;
        total += weight;
    }

    private int indexOf(String country) {
        for (int i = 0; i < size; i++) {
            if (countries[i].equals(country)) return i;
        }
        return -1;
    }

    /**
     * A demonym counts fully before a type word ("the Syrian city"), little on its own; before forces
     * ("Turkish troops", "Russian warplanes") it says more that an article is about a war than in which
     * country, as armies fight abroad: most of its weight then goes to the total only.
     */
    void addDemonyms(List<Demonyms.Hit> hits) {
        for (Demonyms.Hit hit : hits) {
            if (hit.actor()) {
                add(hit.country(), ACTOR_DEMONYM);
                total += UNTYPED_DEMONYM - ACTOR_DEMONYM;
            } else {
                add(hit.country(), hit.typed() ? 1.0 : UNTYPED_DEMONYM);
            }
        }
    }

    private static final double UNTYPED_DEMONYM = 0.3, ACTOR_DEMONYM = 0.1;

    /** Evidence from a placed name: full for a settlement or a cued country, half for a bare country. */
    void addPlace(GazetteerEntry entry, boolean cued) {
        add(entry.country(), entry.precision() == Place.Precision.COUNTRY && !cued ? 0.5 : 1.0);
    }

    double total() {
        return total;
    }

    /** The share of all evidence that points to {@code country}, 0 to 1. */
    double share(String country) {
        if (total == 0) return 0;
        int i = indexOf(country);
        return i < 0 ? 0 : weights[i] / total;
    }

    /** The country with the most evidence (ties: the alphabetically first code, for determinism). */
    Optional<String> main() {
        String best = null;
        double most = 0;
        for (int i = 0; i < size; i++) {
            boolean earlier = best != null && countries[i].compareTo(best) < 0;
            if (weights[i] > most || (weights[i] == most && earlier)) {
                most = weights[i];
                best = countries[i];
            }
        }
        return Optional.ofNullable(best);
    }
}
