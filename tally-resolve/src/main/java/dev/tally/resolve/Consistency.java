package dev.tally.resolve;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How well one document agrees with the other independent sources of its incidents: the share of
 * its comparisons (figures, dates, places, perpetrators) that agree, 0..1, higher is more
 * consistent, with the reasons. Empty score when nothing could be compared: no guess.
 *
 * @param compared how many comparisons the score rests on
 * @param agreed   how many of them agree
 * @param reasons  each disagreement, then a summary; or why there is no score
 */
public record Consistency(OptionalDouble score, int compared, int agreed, List<String> reasons) {
    public Consistency {
        reasons = List.copyOf(reasons);
        if (agreed < 0 || agreed > compared) throw new IllegalArgumentException("agreed must be within 0.." + compared + "; got " + agreed);
        if (score.isPresent() != (compared > 0)) throw new IllegalArgumentException("a score needs comparisons and comparisons give a score; got " + compared);
    }

    static Consistency none(String why) {
        return new Consistency(OptionalDouble.empty(), 0, 0, List.of(why));
    }

    static Consistency of(int compared, int agreed, List<String> disagreements) {
        if (compared == 0) return none("nothing to compare: no other independent source reports its incidents");
        List<String> reasons = new java.util.ArrayList<>(disagreements);
        reasons.add(agreed + " of " + compared + " comparisons with other independent sources agree");
        return new Consistency(OptionalDouble.of((double) agreed / compared), compared, agreed, reasons);
    }
}
