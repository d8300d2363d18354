package dev.tally.web;

import dev.tally.resolve.TrackRecords;
import dev.tally.resolve.IncidentResolver;
import dev.tally.store.ClaimReview;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the API lists, read from the ledger at one moment and held in memory so that queries
 * never touch the database: documents (without text), claims and incidents as extracted and as
 * reviewed. Immutable and thread-safe; the server replaces it after each write.
 */
final class LedgerSnapshot {
    private final Map<Long, StoredDocument> documents;
    private final Map<Long, StoredClaim> extractedClaims;
    private final ReviewedIncidents reviewed;
    private final IncidentView extracted;
    private final IncidentView reviewedView;
    private final int decisions;
    private final TrackRecords tracks;

    private LedgerSnapshot(List<StoredDocument> documents, List<StoredClaim> claims, List<IncidentRecord> incidents,
                           ReviewedIncidents reviewed, int decisions) {
        this.documents = Collections.unmodifiableMap(documents.stream()
                .collect(Collectors.toMap(StoredDocument::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.extractedClaims = Collections.unmodifiableMap(claims.stream()
                .collect(Collectors.toMap(StoredClaim::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.reviewed = reviewed;
        this.decisions = decisions;
        this.extracted = new IncidentView(incidents, extractedClaims, this.documents);
        this.reviewedView = new IncidentView(reviewed.incidents(), reviewed.claims(), this.documents);
        this.tracks = TrackJson.of(documents, claims, incidents);
    }

    /** Outlets' track records and documents' consistency, from the values as extracted. */
    TrackRecords tracks() {
        return tracks;
    }

    /** Reads the whole ledger and applies its reviews. */
    static LedgerSnapshot load(Ledger ledger, IncidentResolver resolver) {
        List<StoredClaim> claims = ledger.claims();
        List<IncidentRecord> incidents = ledger.incidents();
        var decisions = ledger.reviews().decisions();
        ReviewedIncidents reviewed = ReviewedIncidents.of(claims, incidents, ledger.reviews().claimReviews(), decisions, resolver);
        return new LedgerSnapshot(ledger.documents(), claims, incidents, reviewed, decisions.size());
    }

    IncidentView view(Values values) {
        return values == Values.REVIEWED ? reviewedView : extracted;
    }

    Map<Long, StoredDocument> documents() {
        return documents;
    }

    Optional<StoredDocument> document(long id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** Every claim as extracted, in storage order. */
    Map<Long, StoredClaim> extractedClaims() {
        return extractedClaims;
    }

    /** The reviews in force for one claim, by field; empty when none. */
    Map<ClaimReview.Field, ClaimReview> reviews(long claimId) {
        return reviewed.reviews().getOrDefault(claimId, Map.of());
    }

    int reviewCount() {
        return reviewed.reviews().values().stream().mapToInt(Map::size).sum();
    }

    int decisionCount() {
        return decisions;
    }

    /** {@code confirmed}, {@code rejected} or {@code unreviewed}. */
    String status(long claimId) {
        ClaimReview status = reviews(claimId).get(ClaimReview.Field.STATUS);
        return status == null ? ReviewValues.UNREVIEWED : status.value();
    }

    /** True when review changed this incident (in the reviewed view). */
    boolean touched(String key) {
        return reviewed.touched().contains(key);
    }
}
