/** Tally's data: immutable records shared by every stage. Nothing here does I/O. */
package dev.tally.model;
