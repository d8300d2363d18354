package dev.tally.web;

import dev.tally.model.Document;
import dev.tally.resolve.IncidentResolver;
import dev.tally.store.Ledger;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The open ledger behind the server and its current {@link LedgerSnapshot}. Reads use the snapshot;
 * each write through the API goes to the ledger and then replaces the snapshot before it answers, so
 * the writer sees its change at once. Thread-safe; writes are serialized.
 */
final class LedgerService {
    private final Ledger ledger;
    private final IncidentResolver resolver = new IncidentResolver();
    private final AtomicReference<LedgerSnapshot> snapshot = new AtomicReference<>();
    /** What the snapshot was read from, in counts: a change means another process wrote to the ledger. */
    private String fingerprint;

    LedgerService(Ledger ledger) {
        this.ledger = ledger;
        reload();
    }

    LedgerSnapshot snapshot() {
        return snapshot.get();
    }

    Ledger ledger() {
        return ledger;
    }

    /** Runs a write on the ledger, then reloads the snapshot; one write at a time. */
    synchronized <T> T write(java.util.function.Function<Ledger, T> write) {
        try {
            return write.apply(ledger);
        } finally {
            reload();
        }
    }

    /** Reloads the snapshot. */
    synchronized void reload() {
        fingerprint = fingerprint();
        snapshot.set(LedgerSnapshot.load(ledger, resolver));
    }

    /** Reloads the snapshot when another process changed the ledger (an ingest, another server's review); returns whether it did. */
    synchronized boolean reloadIfChanged() {
        if (fingerprint().equals(fingerprint)) return false;
        reload();
        return true;
    }

    private String fingerprint() {
        var stats = ledger.stats();
        return stats.totalDocuments() + "/" + stats.totalClaims() + "/" + stats.incidents() + "/" + ledger.reviews().auditSize();
    }

    /** The text of an accepted document as published; empty when rejected or unknown. */
    Optional<String> text(long documentId) {
        return ledger.document(documentId).filter(d -> d instanceof Document.Accepted)
                .map(d -> ((Document.Accepted) d).article().text());
    }
}
