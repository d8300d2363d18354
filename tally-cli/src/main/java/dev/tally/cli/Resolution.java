package dev.tally.cli;

import dev.tally.store.Ledger;
import dev.tally.web.Ingestion;

import java.io.PrintWriter;

/** Re-resolves the whole ledger's claims into incidents after an ingest, in one transaction. */
final class Resolution {
    private Resolution() {
    }

    static void run(Ingestion ingestion, Ledger ledger, PrintWriter err) {
        long t0 = System.nanoTime();
        int incidents = ingestion.resolve(ledger);
        err.printf(java.util.Locale.ROOT, "incidents: %,d (resolved in %.1f s)%n", incidents, (System.nanoTime() - t0) / 1e9);
        err.flush();
    }
}
