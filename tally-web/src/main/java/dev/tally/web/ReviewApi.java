package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.store.AuditEntry;
import dev.tally.store.ClaimReview;
import dev.tally.store.IncidentDecision;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Analysts' writes: confirm, reject or correct a claim ({@code POST /api/claims/{id}/reviews}), merge
 * incidents ({@code POST /api/incidents/merge}), split one ({@code POST /api/incidents/{id}/split});
 * and the audit log ({@code GET /api/audit}). Each write keeps the extracted values, adds a review or
 * decision and an audit entry in one transaction, and answers with the ledger as it now reads.
 */
final class ReviewApi {
    private final LedgerService service;

    ReviewApi(LedgerService service) {
        this.service = service;
    }

    void reviewClaim(Context ctx) {
        Sessions.Session who = Access.reviewer(ctx);
        long id = ClaimsApi.id(ctx);
        Body body = Body.of(ctx);
        ClaimReview.Field field;
        try {
            field = ClaimReview.Field.parse(body.text("field"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("field", e.getMessage());
        }
        String reason = body.text("reason");
        LedgerSnapshot before = service.snapshot();
        StoredClaim current = Optional.ofNullable(before.view(Values.REVIEWED).claim(id))
                .orElseThrow(() -> ApiError.notFound("id", "no claim " + id + " in the ledger"));
        String value = ReviewInput.value(field, body);
        String was = switch (field) {
            case STATUS -> before.status(id);
            case COUNT -> ReviewValues.count(current.claim().count());
            case DATE -> ReviewValues.date(current.claim().date());
            case PLACE -> ReviewValues.place(current.claim().place());
        };
        service.write(l -> l.reviews().reviewClaim(id, field, value, who.user(), reason, was));
        LedgerSnapshot after = service.snapshot();
        IncidentView view = after.view(Values.REVIEWED);
        ctx.json(ApiJson.claim(view.claim(id), view, after, Values.REVIEWED, Optional.empty()));
    }

    void merge(Context ctx) {
        Sessions.Session who = Access.reviewer(ctx);
        Body body = Body.of(ctx);
        List<String> keys = List.copyOf(new LinkedHashSet<>(body.texts("incidents")));
        String reason = body.text("reason");
        if (keys.size() < 2) throw ApiError.badParameter("incidents", "incidents must name at least two different incidents; got " + keys);
        IncidentView view = service.snapshot().view(Values.REVIEWED);
        List<IncidentRecord> merging = new ArrayList<>();
        for (String key : keys) {
            merging.add(view.incident(key).orElseThrow(() -> ApiError.badParameter("incidents", "no incident '" + key + "' in the reviewed ledger")));
        }
        List<Long> claims = merging.stream().flatMap(i -> i.claims().stream()).toList();
        String target = keys.stream().sorted().findFirst().orElseThrow();
        IncidentDecision d = service.write(l -> l.reviews().decide(IncidentDecision.Kind.MERGE, claims, who.user(), reason,
                "incidents " + String.join(" + ", keys), describe(merging), target + ": claims " + sorted(claims)));
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("decision", d.id());
        o.put("incident", service.snapshot().view(Values.REVIEWED).incidentOf(claims.get(0)).orElse(null));
        ctx.json(o);
    }

    void split(Context ctx) {
        Sessions.Session who = Access.reviewer(ctx);
        String key = ctx.pathParam("id");
        Body body = Body.of(ctx);
        List<Long> claims = body.wholes("claims").stream().distinct().toList();
        String reason = body.text("reason");
        IncidentRecord incident = service.snapshot().view(Values.REVIEWED).incident(key)
                .orElseThrow(() -> ApiError.notFound("id", "no incident '" + key + "' in the reviewed ledger"));
        Set<Long> members = Set.copyOf(incident.claims());
        for (long c : claims) {
            if (!members.contains(c)) throw ApiError.badParameter("claims", "claim " + c + " is not in incident '" + key + "'");
        }
        if (claims.isEmpty() || claims.size() == members.size()) {
            throw ApiError.badParameter("claims", "claims must name some but not all of the incident's " + members.size() + " claims; got " + claims.size());
        }
        List<Long> staying = incident.claims().stream().filter(c -> !claims.contains(c)).toList();
        IncidentDecision d = service.write(l -> l.reviews().decide(IncidentDecision.Kind.SPLIT, claims, who.user(), reason,
                "incident " + key, describe(List.of(incident)), key + ": claims " + staying + "; new: claims " + sorted(claims)));
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("decision", d.id());
        o.put("from", service.snapshot().view(Values.REVIEWED).incidentOf(staying.get(0)).orElse(null));
        o.put("to", service.snapshot().view(Values.REVIEWED).incidentOf(claims.get(0)).orElse(null));
        ctx.json(o);
    }

    void audit(Context ctx) {
        Access.signedIn(ctx);
        Params.Page page = new Params(ctx, Set.of("page", "size")).page();
        List<AuditEntry> entries = service.ledger().reviews().audit((page.number() - 1) * page.size(), page.size());
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", service.ledger().reviews().auditSize());
        o.put("page", page.number());
        o.put("size", page.size());
        ArrayNode items = o.putArray("items");
        entries.forEach(e -> items.add(ApiJson.audit(e)));
        ctx.json(o);
    }

    private static String describe(List<IncidentRecord> incidents) {
        return incidents.stream().map(i -> i.key() + ": claims " + i.claims()).collect(Collectors.joining("; "));
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }
}
