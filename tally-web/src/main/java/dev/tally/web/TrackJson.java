package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import dev.tally.resolve.Consistency;
import dev.tally.resolve.FigureCheck;
import dev.tally.resolve.OutletRecord;
import dev.tally.resolve.SourceDocument;
import dev.tally.resolve.TrackRecords;
import dev.tally.store.Ledger;
import dev.tally.store.StoredDocument;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Outlets' track records and documents' consistency from the ledger, and their JSON shapes (shared
 * by {@code /api/outlets}, {@code /api/documents} and the {@code outlets}/{@code documents} commands).
 * Uses the values as extracted and resolved. Thread-safe.
 */
public final class TrackJson {
    private TrackJson() {
    }

    /** Track records of everything the ledger holds. */
    public static TrackRecords of(Ledger ledger) {
        return of(ledger.documents(), ledger.claims(), ledger.incidents());
    }

    public static TrackRecords of(Collection<StoredDocument> documents, Collection<StoredClaim> claims, Collection<IncidentRecord> incidents) {
        List<SourceDocument> sources = documents.stream().map(TrackJson::source).toList();
        return TrackRecords.of(sources, claims, incidents);
    }

    /** The document with its outlet as the track records name it. */
    public static SourceDocument source(StoredDocument d) {
        return SourceDocument.of(d.id(), d.name(), d.meta(), d.published());
    }

    /** An outlet's record; with {@code checks}, each figure check as evidence, else only the incidents above and below. */
    public static ObjectNode outlet(OutletRecord r, boolean checks) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("outlet", r.outlet());
        o.put("documents", r.documents());
        o.put("claims", r.claims());
        o.put("incidents", r.incidents());
        o.put("compared", r.compared());
        o.put("first", r.first());
        ModelJson.put(o, "medianDelayDays", r.medianDelayDays());
        o.put("figuresCompared", r.checks().size());
        o.set("above", incidents(r.above()));
        o.set("below", incidents(r.below()));
        if (checks) {
            ArrayNode a = o.putArray("checks");
            r.checks().forEach(c -> a.add(check(c)));
        }
        return o;
    }

    /** {"score": 0..1 or null, "compared", "agreed", "reasons": [...]}. */
    public static ObjectNode consistency(Consistency c) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        ModelJson.put(o, "score", c.score());
        o.put("compared", c.compared());
        o.put("agreed", c.agreed());
        ArrayNode reasons = o.putArray("reasons");
        c.reasons().forEach(reasons::add);
        return o;
    }

    /** One line of {@code tally documents --format jsonl}. */
    public static ObjectNode documentLine(long id, String name, String outlet, String published, String status, int claims, ObjectNode consistency) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("id", id);
        o.put("name", name);
        o.put("outlet", outlet);
        o.put("published", published);
        o.put("status", status);
        o.put("claims", claims);
        o.set("consistency", consistency);
        return o;
    }

    static ObjectNode check(FigureCheck c) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("incident", c.incident());
        o.put("date", c.date().map(Object::toString).orElse(null));
        o.put("outcome", c.outcome().code());
        o.put("document", c.document());
        o.put("source", c.source());
        o.put("low", c.low());
        o.put("high", c.high());
        o.put("othersLow", c.othersLow());
        o.put("othersHigh", c.othersHigh());
        ArrayNode others = o.putArray("others");
        c.others().forEach(others::add);
        o.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
        o.put("reason", c.reason());
        return o;
    }

    private static ArrayNode incidents(List<FigureCheck> checks) {
        ArrayNode a = ApiJson.MAPPER.createArrayNode();
        checks.stream().map(FigureCheck::incident).distinct().forEach(a::add);
        return a;
    }
}
