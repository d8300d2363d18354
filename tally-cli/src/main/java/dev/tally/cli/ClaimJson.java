package dev.tally.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Writes a claim as one JSON object with exactly the fields of the claim format (FORMAT.md), plus evidence and provenance. */
final class ClaimJson {
    private final ObjectMapper mapper = new ObjectMapper();

    String line(Claim c, Optional<String> incident) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", c.doc());
        o.put("id", c.id());
        o.put("kind", c.kind().code());
        o.put("outcome", c.outcome().code());
        o.put("victims", c.victims().code());
        o.put("subgroup", c.subgroup().orElse(null));
        o.set("count", count(c.count()));
        o.set("date", date(c.date()));
        o.set("place", place(c.place()));
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
        return o.toString();
    }

    private ObjectNode count(Count c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("phrase", c.phrase());
        put(n, "min", c.min());
        put(n, "max", c.max());
        return n;
    }

    private ObjectNode date(TimeSpan d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("text", d.text().orElse(null));
        n.put("start", d.start().map(Object::toString).orElse(null));
        n.put("end", d.end().map(Object::toString).orElse(null));
        return n;
    }

    private ObjectNode place(Place p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("text", p.text().orElse(null));
        n.put("name", p.name().orElse(null));
        n.put("country", p.country().orElse(null));
        put(n, "lat", p.lat());
        put(n, "lon", p.lon());
        n.put("precision", p.precision() == Place.Precision.UNKNOWN ? null : p.precision().name().toLowerCase(java.util.Locale.ROOT));
        return n;
    }

    private static void put(ObjectNode n, String field, OptionalLong v) {
        if (v.isPresent()) n.put(field, v.getAsLong()); else n.putNull(field);
    }

    private static void put(ObjectNode n, String field, OptionalDouble v) {
        if (v.isPresent()) n.put(field, Math.round(v.getAsDouble() * 1e5) / 1e5); else n.putNull(field);
    }
}
