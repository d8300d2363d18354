package dev.tally.resolve;

import static dev.tally.model.Outcome.DISPLACED;
import static dev.tally.model.Outcome.KILLED;
import static dev.tally.model.Victims.CIVILIAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.StoredClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocking: which reports are ever compared. */
class CandidateIndexTest {
    private static final IncidentResolver RESOLVER = new IncidentResolver();

    @Test
    void onlyReportsOfOneCountryFamilyAndNeighbouringDaysArePaired() {
        Place mosul = ClaimBuilder.city("Mosul", "IQ", 36.335, 43.119);
        Place sameNameAcrossTheBorder = ClaimBuilder.city("Mosul", "SY", 36.335, 43.119);
        List<StoredClaim> claims = List.of(
                told("a.txt", KILLED, mosul, "2017-03-17").stored(1),
                told("b.txt", KILLED, sameNameAcrossTheBorder, "2017-03-17").stored(2),
                told("c.txt", KILLED, mosul, "2017-03-18").stored(3),
                told("d.txt", KILLED, mosul, "2017-03-20").stored(4),
                told("e.txt", DISPLACED, mosul, "2017-03-17").stored(5));
        List<Report> reports = RESOLVER.reports(claims, new java.util.HashSet<>());

        List<String> pairs = new CandidateIndex(reports).namedPairs().stream()
                .map(p -> reports.get(p[0]).doc() + "+" + reports.get(p[1]).doc()).toList();

        assertThat(pairs).containsExactly("a.txt+c.txt");
    }

    @Test
    void generatedLedgersArePairedOnlyWithinTheirBlocks() {
        long seed = Long.getLong("tally.seed", new Random().nextLong());
        System.out.println("CandidateIndexTest seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        List<StoredClaim> claims = new ArrayList<>(SyntheticLedger.generate(seed, 5_000).claims());
        List<Report> reports = RESOLVER.reports(claims, new java.util.HashSet<>());

        List<int[]> pairs = new CandidateIndex(reports).namedPairs();

        assertThat(pairs).isNotEmpty().allSatisfy(p -> {
            Report a = reports.get(p[0]);
            Report b = reports.get(p[1]);
            assertThat(a.country()).isEqualTo(b.country());
            assertThat(a.family()).isEqualTo(b.family());
            assertThat(a.doc()).isNotEqualTo(b.doc());
            assertThat(a.days().orElseThrow().overlaps(b.days().orElseThrow(), ReportMatcher.DAY_SLACK)).isTrue();
        });
        assertThat(pairs.size()).as("pairs among %s reports", reports.size()).isLessThan(reports.size() * 10);
    }

    private static ClaimBuilder told(String doc, Outcome outcome, Place place, String day) {
        return ClaimBuilder.claim(doc, "c1").harm(outcome, CIVILIAN).count(Count.exactly("12", 12)).on("on Friday", day).at(place)
                .says("12 people were killed or fled in Mosul on Friday.");
    }
}
