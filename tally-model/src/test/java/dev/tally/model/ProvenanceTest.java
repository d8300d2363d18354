package dev.tally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void basisReadsBackWhatItWrites() {
        Provenance p = new Provenance("claims", "3",
                Map.of(Provenance.Field.PERPETRATOR, "by-phrase", Provenance.Field.DATE, "clause", Provenance.Field.KIND, "marker"));
        assertThat(p.basisText()).isEqualTo("kind=marker;date=clause;perpetrator=by-phrase");
        assertThat(Provenance.parseBasis(p.basisText())).isEqualTo(p.basis());
        assertThat(p).hasToString("claims/3");
    }

    @Test
    void noBasisIsEmptyText() {
        Provenance p = new Provenance("claims", "1");
        assertThat(p.basisText()).isEmpty();
        assertThat(Provenance.parseBasis("")).isEmpty();
    }

    @Test
    void ruleIdsThatWouldBreakTheLineAreRefused() {
        assertThatThrownBy(() -> new Provenance("claims", "3", Map.of(Provenance.Field.DATE, "a;b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a;b");
        assertThatThrownBy(() -> Provenance.parseBasis("date"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field=rule");
    }
}
