package dev.tally.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A local account.
 *
 * @param passwordHash the stored hash, self-describing (algorithm, cost, salt, hash); never the password
 * @param disabled     true when the account may no longer sign in
 */
public record User(long id, String name, Role role, String passwordHash, Instant createdAt, boolean disabled) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Without the hash, which a record's default toString would show. */
    @Override
    public String toString() {
        return "User[" + id + ", " + name + ", " + role.code() + (disabled ? ", disabled" : "") + "]";
    }
}
