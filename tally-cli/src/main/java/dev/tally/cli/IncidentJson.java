package dev.tally.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.IncidentRecord;
import dev.tally.web.ModelJson;

/** Writes an incident as one JSON object: id, date, place, perpetrator, means, documents, figures, contradictions, confidence, links. */
final class IncidentJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final LedgerView view;

    IncidentJson(LedgerView view) {
        this.view = view;
    }

    ObjectNode node(IncidentRecord i) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", i.key());
        o.set("date", ModelJson.date(i.date()));
        o.set("place", ModelJson.place(i.place()));
        o.put("perpetrator", i.actor().perpetrator().orElse(null));
        o.put("means", i.actor().means().orElse(null));
        ArrayNode docs = o.putArray("documents");
        view.documents(i).forEach(docs::add);
        ArrayNode figures = o.putArray("figures");
        for (IncidentRecord.Figure f : i.figures()) {
            ObjectNode n = figures.addObject();
            n.put("outcome", f.outcome().code());
            n.put("victims", f.victims().code());
            if (f.min().isPresent()) n.put("min", f.min().getAsLong()); else n.putNull("min");
            if (f.max().isPresent()) n.put("max", f.max().getAsLong()); else n.putNull("max");
            ArrayNode claims = n.putArray("claims");
            view.claimIds(f.claims()).forEach(claims::add);
        }
        ArrayNode contradictions = o.putArray("contradictions");
        for (IncidentRecord.Contradiction c : i.contradictions()) {
            ObjectNode n = contradictions.addObject();
            ArrayNode claims = n.putArray("claims");
            view.claimIds(c.claims()).forEach(claims::add);
            n.put("text", c.text());
        }
        if (i.confidence().isPresent()) o.put("confidence", i.confidence().getAsDouble()); else o.putNull("confidence");
        ArrayNode links = o.putArray("links");
        for (IncidentRecord.Link l : i.links()) {
            ObjectNode n = links.addObject();
            ArrayNode claims = n.putArray("claims");
            view.claimIds(l.claims()).forEach(claims::add);
            n.put("confidence", l.confidence());
            n.put("reasons", l.reasons());
        }
        return o;
    }


    /** A GeoJSON FeatureCollection of the incidents that have coordinates, their JSON as properties. */
    String geojson(java.util.List<IncidentRecord> incidents) {
        ObjectNode fc = mapper.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (IncidentRecord i : incidents) {
            if (i.place().lat().isEmpty()) continue;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(i.place().lon().getAsDouble()).add(i.place().lat().getAsDouble());
            f.set("properties", node(i));
        }
        return fc.toString();
    }
}
