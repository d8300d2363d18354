package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import dev.tally.model.StoredClaim;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code GET /api/claims} (by incident, document, kind, outcome, victims, review status; paged) and
 * {@code GET /api/claims/{id}}. {@code kind=aggregate} lists the totals (a period's, a war's, a
 * region's toll), which join no incident and stay off the timeline.
 */
final class ClaimsApi {
    private static final Set<String> PARAMETERS = Set.of("incident", "document", "kind", "outcome", "victims", "status", "values", "page", "size");
    private final LedgerService service;

    ClaimsApi(LedgerService service) {
        this.service = service;
    }

    void list(Context ctx) {
        Params p = new Params(ctx, PARAMETERS);
        Values values = p.values();
        Optional<String> incident = p.text("incident");
        OptionalLong document = p.whole("document", 1, Long.MAX_VALUE);
        Optional<String> kind = p.choice("kind", IncidentQuery.codes(ClaimKind.values()));
        Optional<String> outcome = p.choice("outcome", IncidentQuery.codes(Outcome.values()));
        Optional<String> victims = p.choice("victims", IncidentQuery.codes(Victims.values()));
        Optional<String> status = p.choice("status", List.of(ReviewValues.UNREVIEWED, ReviewValues.CONFIRMED, ReviewValues.REJECTED));
        Params.Page page = p.page();
        LedgerSnapshot snapshot = service.snapshot();
        IncidentView view = snapshot.view(values);
        List<StoredClaim> hits = snapshot.extractedClaims().keySet().stream().map(view::claim)
                .filter(c -> incident.isEmpty() || view.incidentOf(c.id()).map(incident.get()::equals).orElse(false))
                .filter(c -> document.isEmpty() || c.documentId() == document.getAsLong())
                .filter(c -> kind.isEmpty() || c.claim().kind().code().equals(kind.get()))
                .filter(c -> outcome.isEmpty() || c.claim().outcome().code().equals(outcome.get()))
                .filter(c -> victims.isEmpty() || c.claim().victims().code().equals(victims.get()))
                .filter(c -> status.isEmpty() || snapshot.status(c.id()).equals(status.get()))
                .toList();
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", hits.size());
        o.put("page", page.number());
        o.put("size", page.size());
        o.put("values", values.code());
        ArrayNode items = o.putArray("items");
        for (StoredClaim c : page.of(hits)) items.add(ApiJson.claim(c, view, snapshot, values, Optional.empty()));
        ctx.json(o);
    }

    void one(Context ctx) {
        Params p = new Params(ctx, Set.of("values"));
        Values values = p.values();
        long id = id(ctx);
        LedgerSnapshot snapshot = service.snapshot();
        IncidentView view = snapshot.view(values);
        StoredClaim c = Optional.ofNullable(view.claim(id)).orElseThrow(() -> ApiError.notFound("id", "no claim " + id + " in the ledger"));
        Map<Long, String> texts = new HashMap<>();
        service.text(c.documentId()).ifPresent(t -> texts.put(c.documentId(), t));
        ctx.json(IncidentsApi.claimWithSpan(c, view, snapshot, values, texts));
    }

    /** The claim row id in the path. */
    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("id", "id must be a claim's row id, a whole number; got '" + raw.toLowerCase(Locale.ROOT) + "'");
        }
    }
}
