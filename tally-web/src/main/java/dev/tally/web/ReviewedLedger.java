package dev.tally.web;

import dev.tally.resolve.IncidentResolver;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;

import java.util.List;
import java.util.Map;

/**
 * The ledger as analysts reviewed it, for exports outside the server: claims with their reviewed
 * figures, dates and places; incidents with rejected claims left out and merges and splits applied.
 * What was extracted stays as it is ({@link Ledger#claims()}, {@link Ledger#incidents()}).
 *
 * @param claims    every claim with its reviews applied, by row id
 * @param incidents the reviewed incidents, sorted by key; the stored ones when nothing was reviewed
 */
public record ReviewedLedger(Map<Long, StoredClaim> claims, List<IncidentRecord> incidents) {
    public ReviewedLedger {
        claims = Map.copyOf(claims);
        incidents = List.copyOf(incidents);
    }

    /** Reviews applied to {@code extracted}, the ledger's claims as already read (so they are read once). */
    public static ReviewedLedger of(Ledger ledger, List<StoredClaim> extracted) {
        ReviewedIncidents r = ReviewedIncidents.of(extracted, ledger.incidents(), ledger.reviews().claimReviews(),
                ledger.reviews().decisions(), new IncidentResolver());
        return new ReviewedLedger(r.claims(), r.incidents());
    }
}
