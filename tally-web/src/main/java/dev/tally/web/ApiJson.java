package dev.tally.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Place;
import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import dev.tally.store.AuditEntry;
import dev.tally.store.ClaimReview;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The API's JSON shapes, built from a snapshot. Absent values are JSON {@code null}; enums are their
 * lower-case codes; claims are named by their ledger row id ({@code id}) with their id in the
 * document ({@code localId}). Thread-safe.
 */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {
    }

    /** An incident as the list shows it: event, figures, killed range, sources, counts. */
    static ObjectNode incident(IncidentRecord i, IncidentView view, LedgerSnapshot snapshot, Values values) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", i.key());
        o.set("date", ModelJson.date(i.date()));
        o.set("place", ModelJson.place(i.place()));
        o.put("perpetrator", i.actor().perpetrator().orElse(null));
        o.put("means", i.actor().means().orElse(null));
        ArrayNode figures = o.putArray("figures");
        for (IncidentRecord.Figure f : i.figures()) {
            ArrayNode claims = MAPPER.createArrayNode();
            f.claims().forEach(claims::add);
            figures.add(ModelJson.figure(f, claims));
        }
        IncidentView.Range killed = view.killed(i);
        ObjectNode k = o.putObject("killed");
        ModelJson.put(k, "min", killed.min());
        ModelJson.put(k, "max", killed.max());
        o.put("documents", view.documents(i).size());
        ArrayNode sources = o.putArray("sources");
        view.sources(i).forEach(sources::add);
        o.put("contradictions", i.contradictions().size());
        o.put("claims", i.claims().size());
        o.put("values", values.code());
        o.put("reviewed", values == Values.REVIEWED && snapshot.touched(i.key()));
        return o;
    }

    /** A claim with the values in force, what was extracted, its reviews, and where its evidence stands. */
    static ObjectNode claim(StoredClaim stored, IncidentView view, LedgerSnapshot snapshot, Values values, Optional<Span> sentenceSpan) {
        Claim c = stored.claim();
        Claim extracted = snapshot.extractedClaims().get(stored.id()).claim();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", stored.id());
        o.put("document", stored.documentId());
        o.put("doc", c.doc());
        o.put("localId", c.id());
        ModelJson.putCounted(o, c);
        o.put("perpetrator", c.actor().perpetrator().orElse(null));
        o.put("means", c.actor().means().orElse(null));
        o.put("claimant", c.claimant().orElse(null));
        o.put("sentence", c.sentence());
        o.set("evidence", span(c.evidence()));
        sentenceSpan.ifPresent(s -> o.set("sentenceSpan", span(s)));
        o.put("incident", view.incidentOf(stored.id()).orElse(null));
        o.put("status", snapshot.status(stored.id()));
        o.put("values", values.code());
        ObjectNode ex = o.putObject("extracted");
        ex.set("count", ModelJson.count(extracted.count()));
        ex.set("date", ModelJson.date(extracted.date()));
        ex.set("place", ModelJson.place(extracted.place()));
        ArrayNode reviews = o.putArray("reviews");
        for (ClaimReview r : snapshot.reviews(stored.id()).values()) {
            ObjectNode n = reviews.addObject();
            n.put("field", r.field().code());
            n.put("value", r.value());
            n.put("reviewer", r.reviewer());
            n.put("at", r.at().toString());
            n.put("reason", r.reason());
        }
        o.put("provenance", c.provenance().toString());
        o.set("basis", ModelJson.basis(c.provenance()));
        return o;
    }

    static ObjectNode document(StoredDocument d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", d.id());
        o.put("name", d.name());
        o.put("sha256", d.sha256());
        o.put("status", d.status().name().toLowerCase(Locale.ROOT));
        o.put("reason", d.reason().orElse(null));
        o.put("format", d.format().orElse(null));
        o.put("published", d.published().map(Object::toString).orElse(null));
        o.put("outlet", TrackJson.source(d).outlet());
        o.put("url", d.meta().get("url"));
        ObjectNode meta = o.putObject("meta");
        d.meta().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> meta.put(e.getKey(), e.getValue()));
        o.put("ingestedAt", d.ingestedAt().toString());
        o.put("claims", d.claims());
        return o;
    }

    static ObjectNode audit(AuditEntry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("at", e.at().toString());
        o.put("actor", e.actor());
        o.put("action", e.action());
        o.put("target", e.target());
        o.put("before", e.before().orElse(null));
        o.put("after", e.after().orElse(null));
        o.put("reason", e.reason().orElse(null));
        return o;
    }




    static ObjectNode span(Span s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }


}
