package dev.tally.store;

import java.util.Locale;

/** What a signed-in person may do: viewers read, analysts also review, admins also manage accounts. */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** The lower-case name stored and shown ({@code analyst}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for analysts and admins: they may confirm, reject, correct, merge and split. */
    public boolean canReview() {
        return this != VIEWER;
    }

    /** The role named by {@code code}, in any case. */
    public static Role parse(String code) {
        for (Role r : values()) if (r.code().equalsIgnoreCase(code == null ? "" : code.trim())) return r;
        throw new IllegalArgumentException("role must be viewer, analyst or admin; got '" + code + "'");
    }
}
