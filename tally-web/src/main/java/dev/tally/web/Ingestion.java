package dev.tally.web;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.claim.ExtractionResult;
import dev.tally.model.Article;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import dev.tally.resolve.IncidentResolver;
import dev.tally.model.IncidentRecord;
import dev.tally.store.IngestResult;
import dev.tally.store.Ledger;
import dev.tally.store.ReextractResult;
import java.util.List;
import java.util.Optional;

/**
 * The ingest path in one place, for the {@code ingest} command, the server's tests and the web
 * benchmark: extract a document's claims and store them with it (one transaction), then resolve the
 * whole ledger's claims into incidents. Thread-safe.
 */
public final class Ingestion {
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final IncidentResolver resolver = new IncidentResolver();
    private final java.util.concurrent.atomic.AtomicInteger undated = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Extracts an accepted document's claims and stores both; a rejected one is stored with its reason.
     * A document too big to extract within the heap is stored rejected, saying so, and the batch goes on.
     */
    public IngestResult store(Ledger ledger, Document doc) {
        if (doc instanceof Document.Accepted a) {
            ExtractionResult r = extractWithinHeap(extractor, a.article());
            if (r.claims().isEmpty() && r.diagnostics().stream().anyMatch(d -> d.message().startsWith(TOO_BIG))) {
                return ledger.store(new Document.Rejected(a.name(), a.sha256(), r.diagnostics().get(0).message()), List.of(), List.of());
            }
            if (r.published().isEmpty()) undated.incrementAndGet();
            return ledger.store(a.withPublished(r.published()), r.claims(), r.diagnostics());
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

    /**
     * {@code extractor.extract(article)}, except that running out of heap on it is a diagnostic on this
     * article (its text is garbage once the attempt is given up, so the heap is free again) instead of
     * an error that ends the whole batch.
     */
    public static ExtractionResult extractWithinHeap(ClaimExtractor extractor, Article article) {
        try {
            return extractor.extract(article);
        } catch (OutOfMemoryError e) {
            long textMb = article.text().length() / (1024 * 1024);
            long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            String message = TOO_BIG + " (" + textMb + " MB of text, " + heapMb + " MB of heap): give Java more with "
                    + "TALLY_JAVA_OPTS=-Xmx..., or split the file";
            return new ExtractionResult(List.of(), List.of(new Diagnostic(ClaimExtractor.PROVENANCE.toString(), article.name(),
                    Optional.empty(), message)), article.published());
        }
    }

    private static final String TOO_BIG = "too large to extract within this JVM's heap";

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
