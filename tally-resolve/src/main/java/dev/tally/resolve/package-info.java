/**
 * Claims to incidents: which claims, in one document or across documents, speak of one event, and
 * what the event's figures are. Pure functions over the ledger's claims; nothing here does I/O.
 * Start at {@link dev.tally.resolve.IncidentResolver}.
 */
package dev.tally.resolve;
