package dev.tally.store;

/**
 * How a document ended: {@code OK} (read and extracted without diagnostics), {@code PARTIAL}
 * (extracted, with diagnostics kept as its reason) or {@code REJECTED} (could not be read; its reason
 * is kept so that rejects are queryable and a re-run does not redo them).
 */
public enum DocumentStatus {
    OK, PARTIAL, REJECTED
}
