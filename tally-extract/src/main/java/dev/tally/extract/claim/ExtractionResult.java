package dev.tally.extract.claim;

import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;

import java.util.List;

/** The claims read from one article and what went wrong on the way (never thrown). */
public record ExtractionResult(List<Claim> claims, List<Diagnostic> diagnostics) {
    public ExtractionResult {
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }
}
