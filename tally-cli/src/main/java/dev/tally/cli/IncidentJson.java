package dev.tally.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Place;
import dev.tally.store.IncidentRecord;

/** Writes an incident as one JSON object: id, date, place, perpetrator, means, documents, figures, contradictions. */
final class IncidentJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final LedgerView view;

    IncidentJson(LedgerView view) {
        this.view = view;
    }

    ObjectNode node(IncidentRecord i) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", i.key());
        ObjectNode date = o.putObject("date");
        date.put("text", i.date().text().orElse(null));
        date.put("start", i.date().start().map(Object::toString).orElse(null));
        date.put("end", i.date().end().map(Object::toString).orElse(null));
        o.set("place", place(i.place()));
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
        return o;
    }

    private ObjectNode place(Place p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("text", p.text().orElse(null));
        n.put("name", p.name().orElse(null));
        n.put("country", p.country().orElse(null));
        if (p.lat().isPresent()) n.put("lat", p.lat().getAsDouble()); else n.putNull("lat");
        if (p.lon().isPresent()) n.put("lon", p.lon().getAsDouble()); else n.putNull("lon");
        return n;
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
