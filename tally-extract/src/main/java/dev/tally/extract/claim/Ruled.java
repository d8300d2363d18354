package dev.tally.extract.claim;

/** A claim field's value and the id of the rule that set it ("date:in-clause"). */
record Ruled<T>(T value, String rule) {}
