package dev.tally.model;

/** Who the victims are: state forces are {@code MILITARY}, non-state armed groups {@code MILITANT}. */
public enum Victims {
    CIVILIAN, MILITARY, MILITANT, UNKNOWN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
