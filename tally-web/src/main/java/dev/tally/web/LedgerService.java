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

    LedgerService(Ledger ledger) {
        this.ledger = ledger;
        snapshot.set(LedgerSnapshot.load(ledger, resolver));
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
            snapshot.set(LedgerSnapshot.load(ledger, resolver));
        }
    }

    /** Reloads the snapshot, for changes made to the ledger by another process (a new ingest). */
    synchronized void reload() {
        snapshot.set(LedgerSnapshot.load(ledger, resolver));
    }

    /** The text of an accepted document as published; empty when rejected or unknown. */
    Optional<String> text(long documentId) {
        return ledger.document(documentId).filter(d -> d instanceof Document.Accepted)
                .map(d -> ((Document.Accepted) d).article().text());
    }
}
