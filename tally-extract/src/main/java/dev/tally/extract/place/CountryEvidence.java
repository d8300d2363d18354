package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much an article speaks of each country: named countries (more when a locative cue
 * frames them, as countries are often actors: "Russia said"), demonyms (more in "the Syrian
 * city"), and the countries of places already placed. Mutable while the resolver adds to it;
 * confined to one resolve call.
 */
final class CountryEvidence {
    private final Map<String, Double> weights = new HashMap<>();
    private double total;

    void add(String country, double weight) {
        weights.merge(country, weight, Double::sum);
        total += weight;
    }

    void addDemonyms(List<Demonyms.Hit> hits) {
        for (Demonyms.Hit hit : hits) add(hit.country(), hit.typed() ? 1.0 : 0.3);
    }

    /** Evidence from a placed name: full for a settlement or a cued country, half for a bare country. */
    void addPlace(GazetteerEntry entry, boolean cued) {
        add(entry.country(), entry.precision() == Place.Precision.COUNTRY && !cued ? 0.5 : 1.0);
    }

    double total() {
        return total;
    }

    /** The share of all evidence that points to {@code country}, 0 to 1. */
    double share(String country) {
        return total == 0 ? 0 : weights.getOrDefault(country, 0.0) / total;
    }

    /** The country with the most evidence (ties: the alphabetically first code, for determinism). */
    Optional<String> main() {
        Optional<String> best = Optional.empty();
        double most = 0;
        for (String country : new java.util.TreeSet<>(weights.keySet())) {
            if (weights.get(country) > most) {
                most = weights.get(country);
                best = Optional.of(country);
            }
        }
        return best;
    }
}
