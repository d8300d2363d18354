package dev.tally.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import dev.tally.store.ClaimReview;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The text forms of reviewed values as {@link ClaimReview} stores them, and a claim with its reviews
 * applied. {@code count}: {@code MIN..MAX}, a side empty when open; {@code date}:
 * {@code START..END}, ISO days, inclusive; {@code place}: a JSON object with {@code name},
 * {@code country}, {@code lat}, {@code lon}. The extracted value renders in the same form, so the
 * audit log's before and after read alike. Stateless and thread-safe.
 */
final class ReviewValues {
    static final String CONFIRMED = "confirmed";
    static final String REJECTED = "rejected";
    static final String UNREVIEWED = "unreviewed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewValues() {
    }

    /** The claim as reviewed: count, date and place replaced where a review gives them; the extracted phrase and texts kept. */
    static Claim apply(Claim c, Map<ClaimReview.Field, ClaimReview> reviews) {
        Count count = Optional.ofNullable(reviews.get(ClaimReview.Field.COUNT)).map(r -> count(r.value(), c.count().phrase())).orElse(c.count());
        TimeSpan date = Optional.ofNullable(reviews.get(ClaimReview.Field.DATE)).map(r -> date(r.value(), c.date())).orElse(c.date());
        Place place = Optional.ofNullable(reviews.get(ClaimReview.Field.PLACE)).map(r -> place(r.value(), c.place())).orElse(c.place());
        return new Claim(c.doc(), c.id(), c.kind(), c.outcome(), c.victims(), c.subgroup(), count, date, place, c.actor(),
                c.claimant(), c.sentence(), c.evidence(), c.provenance());
    }

    static String count(Count c) {
        return bound(c.min()) + ".." + bound(c.max());
    }

    static String count(OptionalLong min, OptionalLong max) {
        return bound(min) + ".." + bound(max);
    }

    static Count count(String value, String phrase) {
        String[] sides = value.split("\\.\\.", -1);
        if (sides.length != 2) throw new IllegalArgumentException("count must be MIN..MAX; got '" + value + "'");
        return new Count(phrase, side(sides[0]), side(sides[1]));
    }

    static String date(TimeSpan d) {
        return d.start().map(s -> s + ".." + d.end().orElseThrow()).orElse("");
    }

    static TimeSpan date(String value, TimeSpan extracted) {
        String[] sides = value.split("\\.\\.", -1);
        if (sides.length != 2) throw new IllegalArgumentException("date must be START..END; got '" + value + "'");
        return new TimeSpan(extracted.text(), Optional.of(LocalDate.parse(sides[0])), Optional.of(LocalDate.parse(sides[1])));
    }

    static String place(Place p) {
        return place(p.name().or(p::text), p.country(), p.lat(), p.lon());
    }

    static String place(Optional<String> name, Optional<String> country, OptionalDouble lat, OptionalDouble lon) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", name.orElse(null));
        n.put("country", country.orElse(null));
        if (lat.isPresent()) n.put("lat", lat.getAsDouble()); else n.putNull("lat");
        if (lon.isPresent()) n.put("lon", lon.getAsDouble()); else n.putNull("lon");
        return n.toString();
    }

    static Place place(String value, Place extracted) {
        JsonNode n;
        try {
            n = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("place must be a JSON object; got '" + value + "'", e);
        }
        Optional<String> name = text(n, "name");
        OptionalDouble lat = n.path("lat").isNumber() ? OptionalDouble.of(n.path("lat").asDouble()) : OptionalDouble.empty();
        OptionalDouble lon = n.path("lon").isNumber() ? OptionalDouble.of(n.path("lon").asDouble()) : OptionalDouble.empty();
        Place.Precision precision = extracted.precision() == Place.Precision.UNKNOWN ? Place.Precision.CITY : extracted.precision();
        return new Place(extracted.text(), name, text(n, "country"), lat, lon, name.isPresent() ? precision : Place.Precision.COUNTRY);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static String bound(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "";
    }

    private static OptionalLong side(String s) {
        return s.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s));
    }
}
