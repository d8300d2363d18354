package dev.tally.web;

import dev.tally.resolve.IncidentResolver;
import dev.tally.store.IncidentRecord;
import dev.tally.store.Ledger;
import java.util.List;

/**
 * The ledger's incidents as analysts reviewed them, for exports outside the server: reviewed
 * figures, dates and places, rejected claims left out, merges and splits applied. The stored
 * (extracted) incidents are {@link Ledger#incidents()}. Stateless and thread-safe.
 */
public final class ReviewedLedger {
    private ReviewedLedger() {
    }

    /** The reviewed incidents, sorted by key; equal to {@link Ledger#incidents()} when nothing was reviewed. */
    public static List<IncidentRecord> incidents(Ledger ledger) {
        return ReviewedIncidents.of(ledger.claims(), ledger.incidents(), ledger.reviews().claimReviews(),
                ledger.reviews().decisions(), new IncidentResolver()).incidents();
    }
}
