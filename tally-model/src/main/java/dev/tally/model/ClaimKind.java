package dev.tally.model;

/** One event ({@code INCIDENT}) or a total over a period, campaign or place ({@code AGGREGATE}). */
public enum ClaimKind {
    INCIDENT, AGGREGATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
