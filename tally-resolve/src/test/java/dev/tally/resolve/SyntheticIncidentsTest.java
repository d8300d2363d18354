package dev.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated ledgers: what must hold of any resolution, whatever the claims. */
class SyntheticIncidentsTest {
    @Test
    void incidentsNeverCrossCountriesOrDocumentsDaysAndEveryIncidentClaimIsInOne() {
        long seed = Long.getLong("tally.seed", new Random().nextLong());
        System.out.println("SyntheticIncidentsTest seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        SyntheticLedger ledger = SyntheticLedger.generate(seed, 4_000);
        Map<Long, Claim> byId = ledger.claims().stream().collect(Collectors.toMap(StoredClaim::id, StoredClaim::claim));

        List<IncidentRecord> incidents = new IncidentResolver().resolve(ledger.claims());

        assertThat(incidents).allSatisfy(i -> {
            List<Claim> members = i.claims().stream().map(byId::get).toList();
            assertThat(members.stream().flatMap(c -> c.place().country().stream()).distinct()).as(i.key()).hasSizeLessThanOrEqualTo(1);
            List<DayRange> days = members.stream().flatMap(c -> DayRange.of(c.date()).stream()).toList();
            assertThat(days).as(i.key()).allSatisfy(a -> assertThat(days).allMatch(b -> a.overlaps(b, ReportMatcher.DAY_SLACK)));
        });
        Set<Long> incidentClaims = ledger.claims().stream().filter(c -> c.claim().kind() == ClaimKind.INCIDENT)
                .map(StoredClaim::id).collect(Collectors.toSet());
        assertThat(incidents.stream().flatMap(i -> i.claims().stream())).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(incidentClaims);
        System.out.println("SyntheticIncidentsTest: " + PairScore.of(incidents, ledger.eventOf()));
    }

    /** Pair precision and recall of a grouping against known events. */
    record PairScore(long predicted, long gold, long shared) {
        static PairScore of(List<IncidentRecord> incidents, Map<Long, Integer> eventOf) {
            long predicted = 0;
            long shared = 0;
            for (IncidentRecord i : incidents) {
                List<Long> ids = i.claims();
                for (int a = 0; a < ids.size(); a++) {
                    for (int b = a + 1; b < ids.size(); b++) {
                        predicted++;
                        if (eventOf.get(ids.get(a)).equals(eventOf.get(ids.get(b)))) shared++;
                    }
                }
            }
            long gold = eventOf.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                    .values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
            return new PairScore(predicted, gold, shared);
        }

        @Override
        public String toString() {
            return String.format("pair precision %.3f (%d/%d), recall %.3f (%d/%d)",
                    predicted == 0 ? 1.0 : (double) shared / predicted, shared, predicted, gold == 0 ? 1.0 : (double) shared / gold, shared, gold);
        }
    }
}
