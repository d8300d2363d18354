package dev.tally.resolve;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One outlet's track record in the ledger. Only incidents that at least one other independent
 * source reports count for {@code compared}, {@code first}, the delay and the figure checks.
 *
 * @param documents         documents it published (all statuses)
 * @param claims            claims read from them
 * @param incidents         incidents its claims are in
 * @param compared          incidents another independent source also reports
 * @param first             of those, how many it reported first (a tie on the day counts as first)
 * @param medianDelayDays   of those with publication dates, the median number of days after the first report; empty when none
 * @param checks            its figures beside the other sources' ranges, by incident date, then incident key
 */
public record OutletRecord(String outlet, int documents, int claims, int incidents, int compared, int first,
                           OptionalDouble medianDelayDays, List<FigureCheck> checks) {
    public OutletRecord {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(medianDelayDays, "medianDelayDays");
        checks = List.copyOf(checks);
    }

    /** The checks whose figure lies above the others' range. */
    public List<FigureCheck> above() {
        return checks.stream().filter(c -> c.verdict() == FigureCheck.Verdict.ABOVE).toList();
    }

    /** The checks whose figure lies below the others' range. */
    public List<FigureCheck> below() {
        return checks.stream().filter(c -> c.verdict() == FigureCheck.Verdict.BELOW).toList();
    }
}
