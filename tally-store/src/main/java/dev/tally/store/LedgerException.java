package dev.tally.store;

/**
 * The ledger could not be reached or could not do what was asked; the message says which
 * ledger and what, and a failed write has left nothing of itself behind.
 */
public final class LedgerException extends RuntimeException {
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    public LedgerException(String message) {
        super(message);
    }
}
