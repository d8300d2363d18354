package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;

import java.util.List;

/** "A year earlier", "a week ago", "a day after": "a" and a unit of time that place an event, not a rate or a total. */
final class PointInTime {
    private static final WordSet AFTER_UNIT = WordSet.of("earlier", "later", "ago", "before", "after", "prior", "since");

    private PointInTime() {
    }

    /** True when token {@code k} opens "a UNIT earlier" (or ago, before, after ...). */
    static boolean at(List<Token> t, int k) {
        return t.get(k).is("a") && k + 2 < t.size() && AFTER_UNIT.contains(t.get(k + 2));
    }
}
