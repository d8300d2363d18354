package dev.tally.extract.text;

/** A sentence: half-open offsets into the normalized text, and its text. */
public record Sentence(int start, int end, String text) {}
