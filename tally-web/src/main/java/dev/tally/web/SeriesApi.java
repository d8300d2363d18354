package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Outcome;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code GET /api/series}: people harmed per day, week (from Monday) or month, as the sum of the
 * incidents' lower and upper bounds, over the incidents that pass the same filters as the list;
 * every period between the first and the last is present. And {@code GET /api/stats}.
 */
final class SeriesApi {
    /** Beyond this many periods the gaps are not filled (a daily series over decades). */
    private static final int MAX_FILLED = 20_000;
    private final LedgerService service;

    SeriesApi(LedgerService service) {
        this.service = service;
    }

    void series(Context ctx) {
        Params p = new Params(ctx, IncidentsApi.with(IncidentQuery.PARAMETERS, "period"));
        String period = p.choice("period", List.of("day", "week", "month")).orElse("month");
        IncidentQuery query = IncidentQuery.of(p);
        Outcome outcome = query.outcome().orElse(Outcome.KILLED);
        Values values = p.values();
        IncidentView view = service.snapshot().view(values);
        TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
        int undated = 0;
        for (IncidentRecord i : view.incidents()) {
            if (!query.test(i, view)) continue;
            IncidentView.Range r = IncidentView.range(i, outcome);
            if (r.min().isEmpty()) continue;
            Optional<LocalDate> day = i.date().start();
            if (day.isEmpty()) {
                undated++;
                continue;
            }
            long[] b = buckets.computeIfAbsent(start(day.get(), period), k -> new long[4]);
            b[0] += r.min().getAsLong();
            b[1] += r.max().orElse(r.min().getAsLong());
            b[2]++;
            if (r.max().isEmpty()) b[3]++;
        }
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("period", period);
        o.put("outcome", outcome.code());
        o.put("values", values.code());
        o.put("undated", undated);
        ArrayNode points = o.putArray("points");
        fill(buckets, period);
        buckets.forEach((start, b) -> {
            ObjectNode n = points.addObject();
            n.put("start", start.toString());
            n.put("min", b[0]);
            n.put("max", b[1]);
            n.put("incidents", b[2]);
            n.put("openEnded", b[3]);
        });
        ctx.json(o);
    }

    void stats(Context ctx) {
        new Params(ctx, java.util.Set.of());
        LedgerSnapshot s = service.snapshot();
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        ObjectNode docs = o.putObject("documents");
        for (String status : List.of("ok", "partial", "rejected")) {
            docs.put(status, s.documents().values().stream().filter(d -> d.status().name().equalsIgnoreCase(status)).count());
        }
        docs.put("total", s.documents().size());
        ObjectNode claims = o.putObject("claims");
        for (Outcome outcome : Outcome.values()) {
            claims.put(outcome.code(), s.extractedClaims().values().stream().filter(c -> c.claim().outcome() == outcome).count());
        }
        claims.put("total", s.extractedClaims().size());
        ObjectNode incidents = o.putObject("incidents");
        incidents.put("extracted", s.view(Values.EXTRACTED).incidents().size());
        incidents.put("reviewed", s.view(Values.REVIEWED).incidents().size());
        o.put("reviews", s.reviewCount());
        o.put("decisions", s.decisionCount());
        o.put("claimsWithoutIncident", s.extractedClaims().values().stream().map(StoredClaim::id)
                .filter(id -> s.view(Values.EXTRACTED).incidentOf(id).isEmpty()).count());
        ctx.json(o);
    }

    static LocalDate start(LocalDate day, String period) {
        return switch (period) {
            case "day" -> day;
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> day.withDayOfMonth(1);
        };
    }

    private static void fill(TreeMap<LocalDate, long[]> buckets, String period) {
        if (buckets.isEmpty()) return;
        LocalDate last = buckets.lastKey();
        int n = 0;
        for (LocalDate d = buckets.firstKey(); !d.isAfter(last) && n < MAX_FILLED; d = next(d, period), n++) {
            buckets.putIfAbsent(d, new long[4]);
        }
    }

    private static LocalDate next(LocalDate d, String period) {
        return switch (period.toLowerCase(Locale.ROOT)) {
            case "day" -> d.plusDays(1);
            case "week" -> d.plusWeeks(1);
            default -> d.plusMonths(1);
        };
    }
}
