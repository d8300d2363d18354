package dev.tally.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An analyst's decision about which claims make one incident, stated in claims so that it still
 * holds after the resolver runs again: a {@code MERGE} joins every incident holding one of its claims
 * into one; a {@code SPLIT} takes its claims out of their incident into one of their own.
 *
 * @param claims row ids of the claims it names, sorted and distinct
 */
public record IncidentDecision(long id, Kind kind, List<Long> claims, String reviewer, Instant at, String reason) {
    /** Join or separate. */
    public enum Kind {
        MERGE, SPLIT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public IncidentDecision {
        Objects.requireNonNull(kind, "kind");
        claims = claims.stream().distinct().sorted().toList();
        if (claims.isEmpty()) throw new IllegalArgumentException("a decision names at least one claim; got none");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
