package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;

import java.util.List;
import java.util.Optional;

/**
 * One source under one name: a claimant whose words hold a known name ({@code claimants.tsv}) is
 * reported by its canonical name, so "the Observatory", "SOHR" and "the Britain-based monitor" are one
 * claimant, and "State news agency SANA" is SANA. Immutable, so thread-safe.
 */
final class ClaimantNames {
    static final String RESOURCE = "claimants.tsv";
    private final PhraseTable<String> names = new PhraseTable<>();

    ClaimantNames() {
        for (String[] f : TsvResource.rows(RESOURCE, 2)) names.add(f[0], f[1]);
    }

    /** A known name found in a claimant's words: its canonical name and the tokens it takes. */
    record Known(String canonical, int from, int to) {}

    /** The longest known name in tokens {@code [from, to)}, if any. */
    Optional<Known> find(List<Token> t, int from, int to) {
        Known best = null;
        for (int k = from; k < to; k++) {
            Optional<PhraseTable.Match<String>> m = names.at(t, k);
            if (m.isPresent() && k + m.get().length() <= to && (best == null || m.get().length() > best.to() - best.from())
                    && capitalsFit(t.get(k))) {
                best = new Known(m.get().value(), k, k + m.get().length());
            }
        }
        return Optional.ofNullable(best);
    }

    /** A known name ending right before token {@code end}: a headline's source line ("... in Damascus Monitor"). */
    Optional<String> endingAt(List<Token> t, int end) {
        return names.endingAt(t, end, 8).map(PhraseTable.Match::value);
    }

    /** An acronym ("UN", "MSF") is a name only in capitals: "un" is no UN. */
    private static boolean capitalsFit(Token first) {
        return !first.text().equals(first.lower()) || first.lower().length() > 4;
    }
}
