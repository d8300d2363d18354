package dev.tally.resolve;

import static dev.tally.resolve.SeedClaims.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import dev.tally.model.IncidentRecord;
import dev.tally.model.IncidentRecord.Figure;
import dev.tally.model.StoredClaim;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The five seed articles' claims, resolved together. */
class SeedIncidentsTest {
    private static final List<IncidentRecord> INCIDENTS = new IncidentResolver().resolve(SeedClaims.all());

    @Test
    void theMarch17MosulStrikeIsOneIncidentFromTwoArticlesWithTheFamilyAsParts() {
        IncidentRecord mosul = incidentOf("001-5");

        assertThat(mosul.claims()).containsExactlyInAnyOrder(row("001-5"), row("004-2"), row("004-8"), row("004-9"));
        assertThat(mosul.figures()).containsExactly(new Figure(Outcome.KILLED, Victims.CIVILIAN,
                OptionalLong.of(105), OptionalLong.of(140), List.of(row("001-5"), row("004-2"))));
        assertThat(mosul.date().start()).contains(LocalDate.of(2017, 3, 17));
        assertThat(mosul.date().end()).contains(LocalDate.of(2017, 3, 17));
        assertThat(mosul.place().name()).contains("Al-Jadida, Mosul");
        assertThat(mosul.actor().means()).contains("airstrike");
        assertThat(mosul.contradictions()).isEmpty();
        assertThat(mosul.key()).isEqualTo("iq-2017-03-17-al-jadida-mosul-1");
    }

    @Test
    void theFallujahStrikeKeepsTheRangeOfItsDeadAndItsWounded() {
        IncidentRecord fallujah = incidentOf("000-2");

        assertThat(fallujah.claims()).containsExactly(row("000-2"), row("000-3"), row("000-4"));
        assertThat(fallujah.figures()).containsExactly(
                new Figure(Outcome.KILLED, Victims.MILITARY, OptionalLong.of(9), OptionalLong.of(21), List.of(row("000-2"), row("000-3"))),
                new Figure(Outcome.INJURED, Victims.MILITARY, OptionalLong.of(30), OptionalLong.of(30), List.of(row("000-4"))));
        assertThat(fallujah.date().text()).contains("last Friday");
        assertThat(fallujah.actor().perpetrator()).contains("United States");
        assertThat(fallujah.contradictions()).isEmpty();
    }

    @Test
    void aMosqueStrikeKeepsItsCiviliansAndTheMilitantsTheUsSaysItKilled() {
        IncidentRecord mosque = incidentOf("004-10");

        assertThat(mosque.claims()).containsExactly(row("004-10"), row("004-11"), row("004-12"));
        assertThat(mosque.figures()).extracting(f -> f.outcome() + "/" + f.victims())
                .containsExactly("KILLED/CIVILIAN", "KILLED/MILITANT", "INJURED/CIVILIAN");
    }

    @Test
    void anotherStrikeLastWeekendInTheSameCityIsAnotherIncident() {
        assertThat(incidentOf("004-3").claims()).containsExactly(row("004-3"));
        assertThat(incidentOf("000-1").claims()).containsExactly(row("000-1"));
    }

    @Test
    void aggregatesGetNoIncidentAndEveryIncidentClaimGetsExactlyOne() {
        Set<Long> aggregates = SeedClaims.all().stream().filter(c -> c.claim().kind() == ClaimKind.AGGREGATE)
                .map(StoredClaim::id).collect(Collectors.toSet());
        List<Long> members = INCIDENTS.stream().flatMap(i -> i.claims().stream()).toList();

        assertThat(aggregates).hasSize(20);
        assertThat(members).doesNotContainAnyElementsOf(aggregates).doesNotHaveDuplicates().hasSize(34 - 20);
    }

    @Test
    void keysAreUniqueAndSorted() {
        List<String> keys = INCIDENTS.stream().map(IncidentRecord::key).toList();

        assertThat(keys).doesNotHaveDuplicates().isSorted();
        assertThat(keys).contains("iq-2015-12-18-fallujah-1", "sy-2017-03-01-a-rebel-held-area-in-the-north-1");
    }

    private static IncidentRecord incidentOf(String claimId) {
        long id = row(claimId);
        Optional<IncidentRecord> found = INCIDENTS.stream().filter(i -> i.claims().contains(id)).findFirst();
        assertThat(found).as("the incident of claim %s", claimId).isPresent();
        return found.get();
    }
}
