package dev.tally.store;

import dev.tally.model.IncidentRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.model.Actor;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;
import dev.tally.model.IncidentRecord.Contradiction;
import dev.tally.model.IncidentRecord.Figure;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IncidentRecordTest {
    private static final Figure KILLED = new Figure(Outcome.KILLED, Victims.CIVILIAN, OptionalLong.of(12), OptionalLong.of(40), List.of(9L, 3L, 9L));
    private static final Figure INJURED = new Figure(Outcome.INJURED, Victims.CIVILIAN, OptionalLong.of(2), OptionalLong.empty(), List.of(5L));

    @Test
    void claimListsAreSortedAndDistinctAndFiguresOrderedByOutcome() {
        IncidentRecord incident = incident(List.of(9L, 5L, 3L, 5L), List.of(INJURED, KILLED));

        assertThat(incident.claims()).containsExactly(3L, 5L, 9L);
        assertThat(incident.figures()).containsExactly(KILLED, INJURED);
        assertThat(KILLED.claims()).containsExactly(3L, 9L);
    }

    @Test
    void figuresAndContradictionsMayNameOnlyTheIncidentsClaims() {
        assertThatThrownBy(() -> incident(List.of(3L, 9L), List.of(INJURED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("[k] a figure's claims must be the incident's claims; got claim 5, not in [3, 9]");
        assertThatThrownBy(() -> new IncidentRecord("k", TimeSpan.UNKNOWN, Place.UNKNOWN, Actor.UNKNOWN, List.of(3L, 9L), List.of(),
                List.of(new Contradiction(List.of(3L, 4L), "12 vs 40"))))
                .hasMessage("[k] a contradiction's claims must be the incident's claims; got claim 4, not in [3, 9]");
    }

    @Test
    void oneFigurePerOutcomeAndVictims() {
        Figure again = new Figure(Outcome.KILLED, Victims.CIVILIAN, OptionalLong.of(1), OptionalLong.of(1), List.of(3L));

        assertThatThrownBy(() -> incident(List.of(3L, 9L), List.of(KILLED, again)))
                .hasMessage("[k] one figure per (outcome, victims); got killed/civilian twice");
    }

    @Test
    void rangesAndContradictionsMustMakeSense() {
        assertThatThrownBy(() -> new Figure(Outcome.KILLED, Victims.UNKNOWN, OptionalLong.of(5), OptionalLong.of(4), List.of(1L)))
                .hasMessage("min must be <= max; got 5 > 4");
        assertThatThrownBy(() -> new Figure(Outcome.KILLED, Victims.UNKNOWN, OptionalLong.empty(), OptionalLong.empty(), List.of(1L)))
                .hasMessage("a figure needs a min or a max; got neither");
        assertThatThrownBy(() -> new Contradiction(List.of(7L, 7L), "12 vs 12"))
                .hasMessage("a contradiction names at least two claims; got [7]");
        assertThatThrownBy(() -> incident(List.of(), List.of()))
                .hasMessage("[k] an incident needs at least one claim; got none");
    }

    private static IncidentRecord incident(List<Long> claims, List<Figure> figures) {
        return new IncidentRecord("k", TimeSpan.UNKNOWN, Place.UNKNOWN, Actor.UNKNOWN, claims, figures, List.of());
    }
}
