package dev.tally.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim as the ledger holds it: the model claim exactly as stored ({@link Claim#doc()} is its
 * document's name), with the ledger's ids.
 *
 * @param id         the claim's row id, unique in the ledger; incidents name claims by it
 * @param documentId the row id of its document
 * @param incident   the key of the incident it was resolved into, if any
 * @param published  its document's publication date, when known: the resolver anchors an undated
 *                   report to the days just before it
 */
public record StoredClaim(long id, long documentId, Claim claim, Optional<String> incident, Optional<LocalDate> published) {
    public StoredClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(published, "published");
    }

    /** This claim resolved into {@code key} (or none). */
    public StoredClaim withIncident(Optional<String> key) {
        return new StoredClaim(id, documentId, claim, key, published);
    }

    /** The same row holding {@code other}. */
    public StoredClaim with(Claim other) {
        return new StoredClaim(id, documentId, other, incident, published);
    }
}
