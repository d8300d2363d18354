/**
 * The ledger: documents, their claims and the incidents resolved from them, kept in SQLite (the
 * embedded default, one file) or PostgreSQL under one schema that Flyway migrations maintain.
 * Start at {@link dev.tally.store.Ledger}.
 */
package dev.tally.store;
