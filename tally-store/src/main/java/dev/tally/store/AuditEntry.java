package dev.tally.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change made through review or account management, as the audit log keeps it.
 *
 * @param actor  the user who made it
 * @param action what kind of change ({@code claim.count}, {@code incident.merge}, {@code user.add}, ...)
 * @param target what it changed ({@code claim 12}, {@code user ana})
 * @param before the value in force before, as text, when there was one
 * @param after  the value in force after
 * @param reason why, as the actor wrote it
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target,
                         Optional<String> before, Optional<String> after, Optional<String> reason) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
    }
}
