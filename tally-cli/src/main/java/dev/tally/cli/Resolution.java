package dev.tally.cli;

import dev.tally.resolve.IncidentResolver;
import dev.tally.store.IncidentRecord;
import dev.tally.store.Ledger;

import java.io.PrintWriter;
import java.util.List;

/** Re-resolves the whole ledger's claims into incidents after an ingest, in one transaction. */
final class Resolution {
    private Resolution() {
    }

    static void run(Ledger ledger, PrintWriter err) {
        long t0 = System.nanoTime();
        List<IncidentRecord> incidents = new IncidentResolver().resolve(ledger.claims());
        ledger.replaceIncidents(incidents);
        err.printf(java.util.Locale.ROOT, "incidents: %,d (resolved in %.1f s)%n", incidents.size(), (System.nanoTime() - t0) / 1e9);
        err.flush();
    }
}
