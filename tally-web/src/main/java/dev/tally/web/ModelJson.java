package dev.tally.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.TimeSpan;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The claim format's nested fields as JSON (FORMAT.md: {@code count}, {@code date}, {@code place}),
 * shared by the API and the command line so both write them the same way. Absent values are JSON null.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {
    }

    public static ObjectNode count(Count c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("phrase", c.phrase());
        put(n, "min", c.min());
        put(n, "max", c.max());
        return n;
    }

    public static ObjectNode date(TimeSpan d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", d.text().orElse(null));
        n.put("start", d.start().map(Object::toString).orElse(null));
        n.put("end", d.end().map(Object::toString).orElse(null));
        return n;
    }

    /** Which rule set each field of a claim: {@code {"date": "clause", "perpetrator": "by-phrase"}}; fields no rule set are absent. */
    public static ObjectNode basis(Provenance p) {
        ObjectNode n = MAPPER.createObjectNode();
        p.basis().forEach((field, rule) -> n.put(field.code(), rule));
        return n;
    }

    /** Coordinates rounded to 5 decimals (about a metre); precision in lower case, null when unknown. */
    public static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", p.text().orElse(null));
        n.put("name", p.name().orElse(null));
        n.put("country", p.country().orElse(null));
        put(n, "lat", p.lat());
        put(n, "lon", p.lon());
        n.put("precision", p.precision() == Place.Precision.UNKNOWN ? null : p.precision().name().toLowerCase(Locale.ROOT));
        return n;
    }

    public static void put(ObjectNode n, String field, OptionalLong v) {
        if (v.isPresent()) n.put(field, v.getAsLong()); else n.putNull(field);
    }

    public static void put(ObjectNode n, String field, OptionalDouble v) {
        if (v.isPresent()) n.put(field, Math.round(v.getAsDouble() * 1e5) / 1e5); else n.putNull(field);
    }

    /** A field read back: empty when absent or null. */
    static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    static OptionalLong whole(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? OptionalLong.empty() : OptionalLong.of(v.asLong());
    }

    static OptionalDouble decimal(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? OptionalDouble.empty() : OptionalDouble.of(v.asDouble());
    }

    /** What a claim counts, in the claim format's field names: kind, outcome, victims, subgroup, count, date, place. */
    static void putCounted(ObjectNode o, Claim c) {
        o.put("kind", c.kind().code());
        o.put("outcome", c.outcome().code());
        o.put("victims", c.victims().code());
        o.put("subgroup", c.subgroup().orElse(null));
        o.set("count", count(c.count()));
        o.set("date", date(c.date()));
        o.set("place", place(c.place()));
    }

    /** One of an incident's figures: outcome, victims, min, max and its claims as given. */
    static ObjectNode figure(IncidentRecord.Figure f, JsonNode claims) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("outcome", f.outcome().code());
        n.put("victims", f.victims().code());
        put(n, "min", f.min());
        put(n, "max", f.max());
        n.set("claims", claims);
        return n;
    }
}
