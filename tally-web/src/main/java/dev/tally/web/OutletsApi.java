package dev.tally.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.resolve.OutletRecord;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code GET /api/outlets} (every outlet's track record, by name) and {@code GET /api/outlets/{name}}
 * (one, with each figure beside the other sources' range: the evidence and the outlet page's plot).
 */
final class OutletsApi {
    private final LedgerService service;

    OutletsApi(LedgerService service) {
        this.service = service;
    }

    void list(Context ctx) {
        new Params(ctx, Set.of());
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        for (OutletRecord r : service.snapshot().tracks().outlets()) items.add(TrackJson.outlet(r, false));
        o.put("total", items.size());
        ctx.json(o);
    }

    void one(Context ctx) {
        new Params(ctx, Set.of());
        String name = ctx.pathParam("name");
        OutletRecord r = service.snapshot().tracks().outlet(name)
                .orElseThrow(() -> ApiError.notFound("name", "no outlet '" + name + "' in the ledger"));
        ctx.json(TrackJson.outlet(r, true));
    }
}
