package dev.tally.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Actor;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A claim as one JSON object with exactly the fields of the claim format (FORMAT.md), plus evidence,
 * provenance and each field's basis; and back. {@code tally extract} writes it, the Spark job writes it
 * (so both give the same bytes) and {@code tally load} reads it. Thread-safe.
 */
public final class ClaimJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String line(Claim c, Optional<String> incident) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", c.doc());
        o.put("id", c.id());
        ModelJson.putCounted(o, c);
        ObjectNode actor = o.putObject("actor");
        actor.put("perpetrator", c.actor().perpetrator().orElse(null));
        actor.put("means", c.actor().means().orElse(null));
        o.put("claimant", c.claimant().orElse(null));
        o.put("sentence", c.sentence());
        o.put("incident", incident.orElse(null));
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("start", c.evidence().start());
        evidence.put("end", c.evidence().end());
        o.put("provenance", c.provenance().toString());
        o.set("basis", ModelJson.basis(c.provenance()));
        return o.toString();
    }

    /** The claim a {@link #line} wrote; coordinates as written (5 decimals). */
    public Claim claim(String line) {
        try {
            return claim(mapper.readTree(line));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a claim line: " + e.getOriginalMessage(), e);
        }
    }

    private static Claim claim(JsonNode o) {
        JsonNode count = o.path("count");
        JsonNode date = o.path("date");
        JsonNode place = o.path("place");
        String provenance = o.path("provenance").asText();
        int slash = provenance.lastIndexOf('/');
        Map<Provenance.Field, String> basis = new EnumMap<>(Provenance.Field.class);
        o.path("basis").fields().forEachRemaining(e -> basis.put(Provenance.Field.parse(e.getKey()), e.getValue().asText()));
        String precision = ModelJson.text(place, "precision").orElse("unknown");
        return new Claim(o.path("doc").asText(), o.path("id").asText(),
                ClaimKind.valueOf(upper(o, "kind")), Outcome.valueOf(upper(o, "outcome")), Victims.valueOf(upper(o, "victims")),
                ModelJson.text(o, "subgroup"),
                new Count(count.path("phrase").asText(), ModelJson.whole(count, "min"), ModelJson.whole(count, "max")),
                new TimeSpan(ModelJson.text(date, "text"), ModelJson.text(date, "start").map(LocalDate::parse), ModelJson.text(date, "end").map(LocalDate::parse)),
                new Place(ModelJson.text(place, "text"), ModelJson.text(place, "name"), ModelJson.text(place, "country"), ModelJson.decimal(place, "lat"), ModelJson.decimal(place, "lon"),
                        Place.Precision.valueOf(precision.toUpperCase(Locale.ROOT))),
                new Actor(ModelJson.text(o.path("actor"), "perpetrator"), ModelJson.text(o.path("actor"), "means")),
                ModelJson.text(o, "claimant"), o.path("sentence").asText(),
                new Span(o.path("evidence").path("start").asInt(), o.path("evidence").path("end").asInt()),
                new Provenance(provenance.substring(0, slash), provenance.substring(slash + 1), basis));
    }

    private static String upper(JsonNode o, String field) {
        return o.path(field).asText().toUpperCase(Locale.ROOT);
    }
}
