package dev.tally.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Actor;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * An incident as one JSON line whose claims are named by document and claim id ({@code {"doc", "id"}}), not by a
 * ledger's row ids: what the Spark job writes (it has no ledger) and {@code tally load} reads into one. Thread-safe.
 */
public final class IncidentLines {
    /** A claim named by what it is in any ledger: its document's name and its id there. */
    public record Ref(String doc, String id) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    public String line(IncidentRecord i, LongFunction<Ref> refs) {
        ObjectNode o = mapper.createObjectNode();
        o.put("key", i.key());
        o.set("date", ModelJson.date(i.date()));
        o.set("place", ModelJson.place(i.place()));
        ObjectNode actor = o.putObject("actor");
        actor.put("perpetrator", i.actor().perpetrator().orElse(null));
        actor.put("means", i.actor().means().orElse(null));
        o.set("claims", refs(i.claims(), refs));
        ArrayNode figures = o.putArray("figures");
        for (IncidentRecord.Figure f : i.figures()) figures.add(ModelJson.figure(f, refs(f.claims(), refs)));
        ArrayNode contradictions = o.putArray("contradictions");
        for (IncidentRecord.Contradiction c : i.contradictions()) {
            ObjectNode n = contradictions.addObject();
            n.set("claims", refs(c.claims(), refs));
            n.put("text", c.text());
        }
        ArrayNode links = o.putArray("links");
        for (IncidentRecord.Link l : i.links()) {
            ObjectNode n = links.addObject();
            n.set("claims", refs(l.claims(), refs));
            n.put("confidence", l.confidence());
            n.put("reasons", l.reasons());
        }
        return o.toString();
    }

    /** The incident a {@link #line} wrote, its claims named by row id again through {@code ids}. */
    public IncidentRecord incident(String line, ToLongFunction<Ref> ids) {
        JsonNode o;
        try {
            o = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an incident line: " + e.getOriginalMessage(), e);
        }
        JsonNode date = o.path("date");
        JsonNode place = o.path("place");
        List<IncidentRecord.Figure> figures = new ArrayList<>();
        for (JsonNode f : o.path("figures")) {
            figures.add(new IncidentRecord.Figure(Outcome.valueOf(upper(f.path("outcome").asText())), Victims.valueOf(upper(f.path("victims").asText())),
                    ModelJson.whole(f, "min"), ModelJson.whole(f, "max"), ids(f.path("claims"), ids)));
        }
        List<IncidentRecord.Contradiction> contradictions = new ArrayList<>();
        for (JsonNode c : o.path("contradictions")) contradictions.add(new IncidentRecord.Contradiction(ids(c.path("claims"), ids), c.path("text").asText()));
        List<IncidentRecord.Link> links = new ArrayList<>();
        for (JsonNode l : o.path("links")) {
            links.add(new IncidentRecord.Link(ids(l.path("claims"), ids), l.path("confidence").asDouble(), l.path("reasons").asText()));
        }
        return new IncidentRecord(o.path("key").asText(),
                new TimeSpan(ModelJson.text(date, "text"), ModelJson.text(date, "start").map(LocalDate::parse), ModelJson.text(date, "end").map(LocalDate::parse)),
                new Place(ModelJson.text(place, "text"), ModelJson.text(place, "name"), ModelJson.text(place, "country"), ModelJson.decimal(place, "lat"), ModelJson.decimal(place, "lon"),
                        Place.Precision.valueOf(upper(ModelJson.text(place, "precision").orElse("unknown")))),
                new Actor(ModelJson.text(o.path("actor"), "perpetrator"), ModelJson.text(o.path("actor"), "means")),
                ids(o.path("claims"), ids), figures, contradictions, links);
    }

    /** The claims an incident line names, in its order. */
    public List<Ref> claims(String line) {
        try {
            List<Ref> out = new ArrayList<>();
            for (JsonNode r : mapper.readTree(line).path("claims")) out.add(new Ref(r.path("doc").asText(), r.path("id").asText()));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an incident line: " + e.getOriginalMessage(), e);
        }
    }

    private ArrayNode refs(List<Long> ids, LongFunction<Ref> refs) {
        ArrayNode out = mapper.createArrayNode();
        for (long id : ids) {
            Ref r = refs.apply(id);
            out.addObject().put("doc", r.doc()).put("id", r.id());
        }
        return out;
    }

    private static List<Long> ids(JsonNode refs, ToLongFunction<Ref> ids) {
        List<Long> out = new ArrayList<>();
        for (JsonNode r : refs) out.add(ids.applyAsLong(new Ref(r.path("doc").asText(), r.path("id").asText())));
        return out;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
