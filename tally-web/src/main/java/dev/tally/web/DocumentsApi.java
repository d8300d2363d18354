package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code GET /api/documents} (by status and name; paged, rejects with their reasons) and {@code GET /api/documents/{id}} (text and claims). */
final class DocumentsApi {
    private final LedgerService service;

    DocumentsApi(LedgerService service) {
        this.service = service;
    }

    void list(Context ctx) {
        Params p = new Params(ctx, Set.of("status", "q", "page", "size"));
        Optional<String> status = p.choice("status", List.of("ok", "partial", "rejected"));
        Optional<String> q = p.text("q").map(s -> s.toLowerCase(Locale.ROOT));
        Params.Page page = p.page();
        List<StoredDocument> hits = service.snapshot().documents().values().stream()
                .filter(d -> status.isEmpty() || d.status().name().equalsIgnoreCase(status.get()))
                .filter(d -> q.isEmpty() || (d.name() + " " + d.meta().values() + " " + d.reason().orElse("")).toLowerCase(Locale.ROOT).contains(q.get()))
                .toList();
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", hits.size());
        o.put("page", page.number());
        o.put("size", page.size());
        ArrayNode items = o.putArray("items");
        LedgerSnapshot snapshot = service.snapshot();
        page.of(hits).forEach(d -> items.add(ApiJson.document(d).set("consistency", TrackJson.consistency(snapshot.tracks().consistency(d.id())))));
        ctx.json(o);
    }

    void one(Context ctx) {
        Params p = new Params(ctx, Set.of("values"));
        Values values = p.values();
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("id", "id must be a document's row id, a whole number; got '" + raw + "'");
        }
        LedgerSnapshot snapshot = service.snapshot();
        StoredDocument d = snapshot.document(id).orElseThrow(() -> ApiError.notFound("id", "no document " + id + " in the ledger"));
        ObjectNode o = ApiJson.document(d);
        o.set("consistency", TrackJson.consistency(snapshot.tracks().consistency(id)));
        Optional<String> text = service.text(id);
        o.put("text", text.orElse(null));
        IncidentView view = snapshot.view(values);
        Map<Long, String> texts = text.map(t -> Map.of(id, t)).orElse(Map.of());
        ArrayNode claims = o.putArray("claimList");
        for (StoredClaim c : snapshot.extractedClaims().values()) {
            if (c.documentId() == id) claims.add(IncidentsApi.claimWithSpan(view.claim(c.id()), view, snapshot, values, texts));
        }
        ctx.json(o);
    }
}
