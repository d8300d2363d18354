package dev.tally.model;

import java.util.Optional;

/** Who caused the harm and how, as the text says it ("United States", "airstrike"). */
public record Actor(Optional<String> perpetrator, Optional<String> means) {
    public static final Actor UNKNOWN = new Actor(Optional.empty(), Optional.empty());
}
