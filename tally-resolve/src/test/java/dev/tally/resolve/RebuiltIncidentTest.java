package dev.tally.resolve;

import static dev.tally.resolve.SeedClaims.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link IncidentResolver#incident}: one incident from exactly the claims a reviewer names. */
class RebuiltIncidentTest {
    private final IncidentResolver resolver = new IncidentResolver();
    private final Map<Long, StoredClaim> byRow = SeedClaims.all().stream().collect(Collectors.toMap(StoredClaim::id, Function.identity()));

    @Test
    void rebuildingEveryResolvedIncidentFromItsClaimsGivesItBackWithoutTheResolversLinks() {
        for (IncidentRecord resolved : resolver.resolve(SeedClaims.all())) {
            List<StoredClaim> claims = resolved.claims().stream().map(byRow::get).toList();
            IncidentRecord rebuilt = resolver.incident(resolved.key(), claims);
            assertThat(rebuilt.links()).as("a reviewer's incident was not joined by the resolver").isEmpty();
            assertThat(rebuilt).as(resolved.key()).isEqualTo(new IncidentRecord(resolved.key(), resolved.date(), resolved.place(),
                    resolved.actor(), resolved.claims(), resolved.figures(), resolved.contradictions()));
        }
    }

    @Test
    void twoIncidentsMergedHaveTheUnionOfTheirClaimsAndFigures() {
        List<StoredClaim> claims = List.of(byRow.get(row("001-5")), byRow.get(row("004-2")), byRow.get(row("000-2")));

        IncidentRecord merged = resolver.incident("merged", claims);

        assertThat(merged.claims()).containsExactlyInAnyOrder(row("001-5"), row("004-2"), row("000-2"));
        assertThat(merged.figures()).extracting(f -> f.outcome().code() + "/" + f.victims().code())
                .containsExactly("killed/civilian", "killed/military");
        assertThatThrownBy(() -> resolver.incident("none", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
