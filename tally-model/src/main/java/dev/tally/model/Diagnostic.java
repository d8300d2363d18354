package dev.tally.model;

import java.util.Optional;

/** Something that went wrong with one document, kept as data: {@code [doc] stage: message}. */
public record Diagnostic(String stage, String document, Optional<Span> span, String message) {
    @Override
    public String toString() {
        return "[" + document + "] " + stage + ": " + message + span.map(s -> " at " + s.start() + ".." + s.end()).orElse("");
    }
}
