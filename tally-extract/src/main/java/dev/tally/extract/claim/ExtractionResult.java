package dev.tally.extract.claim;

import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The claims read from one article, what went wrong on the way (never thrown), and the publication
 * date the claims' dates were resolved against (empty: relative dates such as "on Monday" are left
 * unresolved, with their text kept).
 */
public record ExtractionResult(List<Claim> claims, List<Diagnostic> diagnostics, Optional<LocalDate> published) {
    public ExtractionResult {
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }
}
