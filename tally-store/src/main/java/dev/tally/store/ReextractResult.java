package dev.tally.store;

/**
 * What re-extracting one document did to its stored claims.
 *
 * @param kept           claims read again (same outcome at the same evidence span), rewritten in place with their reviews
 * @param added          claims the current rules read that were not stored
 * @param removed        stored claims the current rules no longer read, deleted
 * @param reviewsDropped reviews and incident decisions that named a removed claim, each written to the audit log first
 */
public record ReextractResult(int kept, int added, int removed, int reviewsDropped) {
    public ReextractResult {
        if (kept < 0 || added < 0 || removed < 0 || reviewsDropped < 0) {
            throw new IllegalArgumentException("counts must be >= 0; got " + kept + ", " + added + ", " + removed + ", " + reviewsDropped);
        }
    }
}
