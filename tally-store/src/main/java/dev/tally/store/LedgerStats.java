package dev.tally.store;

import dev.tally.model.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over the whole ledger. Every status and outcome is a key, with 0 when there is none.
 *
 * @param documents documents by status
 * @param claims    claims by outcome
 * @param incidents incidents from the last {@link Ledger#replaceIncidents}
 * @param rules     claims by the rule set and version that read them ({@code claims/3}), in name order
 */
public record LedgerStats(Map<DocumentStatus, Long> documents, Map<Outcome, Long> claims, long incidents, Map<String, Long> rules) {
    public LedgerStats {
        rules = Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
        documents = complete(documents, DocumentStatus.class);
        claims = complete(claims, Outcome.class);
        if (incidents < 0) throw new IllegalArgumentException("incidents must be >= 0; got " + incidents);
    }

    public long totalDocuments() {
        return documents.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalClaims() {
        return claims.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> type) {
        EnumMap<K, Long> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) all.put(key, counts.getOrDefault(key, 0L));
        return Collections.unmodifiableMap(all);
    }
}
