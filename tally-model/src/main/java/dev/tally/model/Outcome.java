package dev.tally.model;

/** What happened to the people a claim counts. {@code CASUALTIES} is "dead and wounded" given as one figure. */
public enum Outcome {
    KILLED, INJURED, CASUALTIES, ABDUCTED, DISPLACED;

    /** The lower-case name used in exports ({@code killed}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
