package dev.tally.bench;

import dev.tally.extract.place.Gazetteer;
import dev.tally.extract.place.GazetteerEntry;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries the claims extracted once from a template over to a synthetic document made from it,
 * as extraction would have found them: same ids' numbers, sentences and phrases rewritten, dates
 * moved, swapped cities resolved to their gazetteer places, figures changed, evidence spans moved
 * into the new text. Lets the ledger benchmark measure storage without the cost of extraction.
 * Close to what extraction finds, not equal: every date moves by the variation's days, where
 * extraction would read "in early May" or "on Monday" against the new publication date, and a place
 * the extractor settles from context may differ. Immutable and thread-safe.
 */
final class ClaimRemap {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    private final Rewriter rewriter;
    /** "name|country" of each city's gazetteer entry, to the city's name as written. */
    private final Map<String, String> cityOfPlace = new HashMap<>();
    private final Map<String, Place> placeOfCity = new HashMap<>();

    /** @throws IllegalArgumentException when the gazetteer does not know one of the cities */
    ClaimRemap(Rewriter rewriter, List<String> cities, Gazetteer gazetteer) {
        this.rewriter = rewriter;
        for (String city : cities) {
            // The city, not the division of the same name ("Khan Yunis Governorate" has more people).
            List<GazetteerEntry> known = gazetteer.lookup(city);
            GazetteerEntry e = known.stream().filter(k -> k.precision() == Place.Precision.CITY).findFirst()
                    .or(() -> known.stream().findFirst())
                    .orElseThrow(() -> new IllegalArgumentException("cities must be in the gazetteer; got '" + city + "'"));
            cityOfPlace.put(e.name() + "|" + e.country(), city);
            placeOfCity.put(city, new Place(Optional.of(city), Optional.of(e.name()), Optional.of(e.country()),
                    OptionalDouble.of(e.lat()), OptionalDouble.of(e.lon()), e.precision()));
        }
    }

    /** {@code claims} of {@code s}'s template, as they would read in {@code s}'s document. */
    List<Claim> remap(List<Claim> claims, SyntheticCorpus.Synthetic s) {
        String doc = s.document().name();
        String oldStem = stem(s.template().name());
        String newStem = stem(doc);
        Variation v = s.variation();
        return claims.stream().map(c -> new Claim(doc, newStem + c.id().substring(oldStem.length()), c.kind(), c.outcome(),
                c.victims(), c.subgroup(), count(c.count(), v), date(c.date(), v), place(c.place(), v), c.actor(),
                c.claimant().map(t -> text(t, v)), text(c.sentence(), v), s.rewrite().carry(c.evidence()), c.provenance())).toList();
    }

    private String text(String text, Variation v) {
        return rewriter.rewrite(text, v).text();
    }

    /** The phrase rewritten; the bounds scaled as its figure was ("over 20" = 21.. becomes "over 24" = 25..). */
    private Count count(Count count, Variation v) {
        Matcher m = DIGITS.matcher(count.phrase());
        String phrase = text(count.phrase(), v);
        if (!m.find()) return count.withPhrase(phrase);
        long was = Long.parseLong(m.group().replace(",", ""));
        double ratio = was == 0 ? 1 : (double) v.figure(was) / was;
        return new Count(phrase, scale(count.min(), ratio), scale(count.max(), ratio));
    }

    private static OptionalLong scale(OptionalLong bound, double ratio) {
        return bound.isPresent() ? OptionalLong.of(Math.round(bound.getAsLong() * ratio)) : bound;
    }

    private TimeSpan date(TimeSpan date, Variation v) {
        return new TimeSpan(date.text().map(t -> text(t, v)), date.start().map(v::shift), date.end().map(v::shift));
    }

    private Place place(Place place, Variation v) {
        Optional<String> text = place.text().map(t -> text(t, v));
        Optional<String> city = city(place).filter(c -> !c.equals(v.cities().getOrDefault(c, c)));
        if (city.isEmpty()) return new Place(text, place.name(), place.country(), place.lat(), place.lon(), place.precision());
        Place to = placeOfCity.get(v.cities().get(city.get()));
        // A neighbourhood of a swapped city ("Al-Jadida, Mosul") is not in the new one: the place is the city.
        return new Place(text, to.name(), to.country(), to.lat(), to.lon(), to.precision());
    }

    /** The city a place is, or is a part of ("Al-Jadida, Mosul"), when it is one of ours. */
    private Optional<String> city(Place place) {
        if (place.name().isEmpty() || place.country().isEmpty()) return Optional.empty();
        String name = place.name().get();
        String country = "|" + place.country().get();
        String whole = cityOfPlace.get(name + country);
        if (whole != null) return Optional.of(whole);
        int comma = name.lastIndexOf(", ");
        return comma < 0 ? Optional.empty() : Optional.ofNullable(cityOfPlace.get(name.substring(comma + 2) + country));
    }

    /** The claim-id stem the extractor gives a document name: the file name without folders, fragment or extension. */
    private static String stem(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('#'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
