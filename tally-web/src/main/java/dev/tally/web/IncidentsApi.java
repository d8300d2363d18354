package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code GET /api/incidents} (filtered, sorted, paged) and {@code GET /api/incidents/{id}} (with claims, documents and evidence). */
final class IncidentsApi {
    private static final Set<String> LIST_PARAMETERS = with(IncidentQuery.PARAMETERS, "page", "size", "sort");
    private final LedgerService service;

    IncidentsApi(LedgerService service) {
        this.service = service;
    }

    void list(Context ctx) {
        Params p = new Params(ctx, LIST_PARAMETERS);
        IncidentQuery query = IncidentQuery.of(p);
        Values values = p.values();
        Params.Page page = p.page();
        String sort = p.choice("sort", List.of("date", "-date", "killed", "id")).orElse("-date");
        LedgerSnapshot snapshot = service.snapshot();
        IncidentView view = snapshot.view(values);
        List<IncidentRecord> hits = view.ordered(sort).stream().filter(i -> query.test(i, view)).toList();
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", hits.size());
        o.put("page", page.number());
        o.put("size", page.size());
        o.put("values", values.code());
        ArrayNode items = o.putArray("items");
        for (IncidentRecord i : page.of(hits)) items.add(ApiJson.incident(i, view, snapshot, values));
        ctx.json(o);
    }

    /**
     * {@code GET /api/incidents/download?format=csv|geojson} with the list's filters: every incident they
     * select (not one page), as a file to save: CSV, one row per incident, or a GeoJSON FeatureCollection
     * of those with coordinates, each feature's properties as the list gives the incident.
     */
    void download(Context ctx) {
        Params p = new Params(ctx, with(IncidentQuery.PARAMETERS, "format", "sort"));
        IncidentQuery query = IncidentQuery.of(p);
        Values values = p.values();
        String format = p.choice("format", List.of("csv", "geojson")).orElseThrow(() ->
                ApiError.badParameter("format", "format must be csv or geojson"));
        String sort = p.choice("sort", List.of("date", "-date", "killed", "id")).orElse("-date");
        LedgerSnapshot snapshot = service.snapshot();
        IncidentView view = snapshot.view(values);
        List<IncidentRecord> hits = view.ordered(sort).stream().filter(i -> query.test(i, view)).toList();
        ctx.header("Content-Disposition", "attachment; filename=\"tally-incidents." + format + "\"");
        if (format.equals("geojson")) {
            ObjectNode fc = ApiJson.MAPPER.createObjectNode().put("type", "FeatureCollection");
            ArrayNode features = fc.putArray("features");
            for (IncidentRecord i : hits) {
                if (i.place().lat().isEmpty() || i.place().lon().isEmpty()) continue;
                ObjectNode f = features.addObject().put("type", "Feature");
                f.putObject("geometry").put("type", "Point").putArray("coordinates")
                        .add(i.place().lon().getAsDouble()).add(i.place().lat().getAsDouble());
                f.set("properties", ApiJson.incident(i, view, snapshot, values));
            }
            ctx.contentType("application/geo+json").result(fc.toString());
        } else {
            java.io.StringWriter text = new java.io.StringWriter();
            IncidentCsv.write(new Csv(new java.io.PrintWriter(text)), hits, view, values);
            ctx.contentType("text/csv; charset=utf-8").result(text.toString());
        }
    }

    void one(Context ctx) {
        Params p = new Params(ctx, Set.of("values"));
        Values values = p.values();
        LedgerSnapshot snapshot = service.snapshot();
        IncidentView view = snapshot.view(values);
        String key = ctx.pathParam("id");
        IncidentRecord i = view.incident(key).orElseThrow(() -> ApiError.notFound("id", "no incident '" + key + "' in the "
                + values.code() + " ledger"));
        ObjectNode o = ApiJson.incident(i, view, snapshot, values);
        Map<Long, String> texts = new HashMap<>();
        ArrayNode documents = o.putArray("documents");
        for (StoredDocument d : view.documents(i)) {
            ObjectNode n = ApiJson.document(d);
            String text = service.text(d.id()).orElse(null);
            if (text != null) texts.put(d.id(), text);
            n.put("text", text);
            documents.add(n);
        }
        ArrayNode claims = o.putArray("claims");
        for (long id : i.claims()) claims.add(claimWithSpan(view.claim(id), view, snapshot, values, texts));
        ArrayNode contradictions = o.putArray("contradictions");
        for (IncidentRecord.Contradiction c : i.contradictions()) {
            ObjectNode n = contradictions.addObject();
            n.put("text", c.text());
            ArrayNode ids = n.putArray("claims");
            c.claims().forEach(ids::add);
        }
        if (i.confidence().isPresent()) o.put("confidence", i.confidence().getAsDouble()); else o.putNull("confidence");
        ArrayNode links = o.putArray("links");
        for (IncidentRecord.Link l : i.links()) {
            ObjectNode n = links.addObject();
            n.put("confidence", l.confidence());
            n.put("reasons", l.reasons());
            ArrayNode ids = n.putArray("claims");
            l.claims().forEach(ids::add);
        }
        ctx.json(o);
    }

    static ObjectNode claimWithSpan(StoredClaim stored, IncidentView view, LedgerSnapshot snapshot, Values values, Map<Long, String> texts) {
        Claim c = stored.claim();
        Optional<dev.tally.model.Span> span = Optional.ofNullable(texts.get(stored.documentId()))
                .map(text -> SentenceSpans.locate(text, c.sentence(), c.evidence()));
        return ApiJson.claim(stored, view, snapshot, values, span);
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
