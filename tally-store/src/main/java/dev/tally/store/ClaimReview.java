package dev.tally.store;

import dev.tally.model.StoredClaim;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An analyst's value for one field of one claim, kept beside the extracted claim (which review never
 * changes). The value's text depends on the field: {@code status} is {@code confirmed} or
 * {@code rejected}; {@code count} is {@code MIN..MAX} (a side empty when open); {@code date} is
 * {@code YYYY-MM-DD..YYYY-MM-DD} (inclusive); {@code place} is a JSON object with {@code name},
 * {@code country}, {@code lat}, {@code lon}. The store keeps the text as given; the web layer
 * checks and reads it.
 *
 * @param id       row id; a later review of the same claim and field replaces this one in force
 * @param claimId  the claim's row id ({@link StoredClaim#id()})
 * @param reviewer the name of the user who made it
 * @param at       when it was made
 * @param reason   why, as the reviewer wrote it
 */
public record ClaimReview(long id, long claimId, Field field, String value, String reviewer, Instant at, String reason) {
    /** Which part of a claim a review speaks of. */
    public enum Field {
        STATUS, COUNT, DATE, PLACE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Field parse(String code) {
            for (Field f : values()) if (f.code().equalsIgnoreCase(code == null ? "" : code.trim())) return f;
            throw new IllegalArgumentException("field must be status, count, date or place; got '" + code + "'");
        }
    }

    public ClaimReview {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
