package dev.tally.web;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.claim.ExtractionResult;
import dev.tally.model.Document;
import dev.tally.resolve.IncidentResolver;
import dev.tally.model.IncidentRecord;
import dev.tally.store.IngestResult;
import dev.tally.store.Ledger;
import dev.tally.store.ReextractResult;
import java.util.List;

/**
 * The ingest path in one place, for the {@code ingest} command, the server's tests and the web
 * benchmark: extract a document's claims and store them with it (one transaction), then resolve the
 * whole ledger's claims into incidents. Thread-safe.
 */
public final class Ingestion {
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final IncidentResolver resolver = new IncidentResolver();
    private final java.util.concurrent.atomic.AtomicInteger undated = new java.util.concurrent.atomic.AtomicInteger();

    /** Extracts an accepted document's claims and stores both; a rejected one is stored with its reason. */
    public IngestResult store(Ledger ledger, Document doc) {
        if (doc instanceof Document.Accepted a) {
            ExtractionResult r = extractor.extract(a.article());
            if (r.published().isEmpty()) undated.incrementAndGet();
            return ledger.store(doc, r.claims(), r.diagnostics());
        }
        return ledger.store(doc, List.of(), List.of());
    }

    /**
     * Reads a stored document again under the current rules and replaces its claims (see
     * {@link Ledger#reextract}); {@code actor} names who asked, for the audit log.
     */
    public ReextractResult reextract(Ledger ledger, long documentId, Document.Accepted doc, String actor) {
        ExtractionResult r = extractor.extract(doc.article());
        return ledger.reextract(documentId, doc, r.claims(), r.diagnostics(), actor);
    }

    /** How many documents stored so far had no publication date, so their relative dates stay unresolved. */
    public int undated() {
        return undated.get();
    }

    /** Re-resolves every claim into incidents and replaces the ledger's incidents with them; returns how many. */
    public int resolve(Ledger ledger) {
        List<IncidentRecord> incidents = resolver.resolve(ledger.claims());
        ledger.replaceIncidents(incidents);
        return incidents.size();
    }
}
