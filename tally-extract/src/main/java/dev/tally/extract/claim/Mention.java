package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;

/** A figure and what it counts, as found in a sentence. */
record Mention(Figure figure, Head head) {}
