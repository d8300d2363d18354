package dev.tally.resolve;

import static dev.tally.resolve.ClaimBuilder.city;
import static dev.tally.resolve.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.model.Actor;
import dev.tally.model.Count;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Place;
import dev.tally.model.StoredClaim;
import dev.tally.model.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Track records and consistency on small ledgers of hand-written claims, one incident or two. */
class TrackRecordChecksTest {
    private static final Place DOUMA = city("Douma", "SY", 33.57, 36.40);

    private final List<SourceDocument> documents = new ArrayList<>();
    private final List<StoredClaim> claims = new ArrayList<>();

    /** Adds a document of this outlet published on this day; its id is the next row. */
    private long document(String outlet, String published) {
        long id = documents.size() + 1;
        documents.add(new SourceDocument(id, "doc" + id + ".txt", outlet, Optional.of(LocalDate.parse(published))));
        return id;
    }

    /** Adds a claim "N killed in Douma on 2019-03-02" to the document, said by {@code claimant} when not null. */
    private long killed(long document, long n, String claimant) {
        ClaimBuilder b = claim("doc" + document + ".txt", "c" + (claims.size() + 1)).count(Count.exactly(Long.toString(n), n))
                .on("on Saturday", "2019-03-02").at(DOUMA).says(n + " people were killed in Douma on Saturday");
        if (claimant != null) b.claimant(claimant);
        long row = claims.size() + 1;
        claims.add(new StoredClaim(row, document, b.build(), Optional.of("douma"), Optional.empty()));
        return row;
    }

    private static IncidentRecord incident(String key, long... claimRows) {
        return new IncidentRecord(key, TimeSpan.of("on Saturday", LocalDate.parse("2019-03-02"), LocalDate.parse("2019-03-02")), DOUMA,
                Actor.UNKNOWN, java.util.Arrays.stream(claimRows).boxed().toList(), List.of(), List.of());
    }

    @Test
    void aFigureAboveTheOtherSourcesRangeIsFlaggedWithItsReason() {
        long a = killed(document("Reuters", "2019-03-02"), 12, null);
        long b = killed(document("AFP", "2019-03-02"), 13, null);
        long c = killed(document("Daily Clarion", "2019-03-03"), 40, null);
        TrackRecords records = TrackRecords.of(documents, claims, List.of(incident("douma", a, b, c)));

        OutletRecord clarion = records.outlet("Daily Clarion").orElseThrow();
        assertEquals(1, clarion.above().size());
        FigureCheck check = clarion.above().get(0);
        assertEquals(12, check.othersLow());
        assertEquals(13, check.othersHigh());
        assertEquals("killed 40 where 2 other sources give 12-13 [douma]", check.reason());
        assertTrue(records.outlet("Reuters").orElseThrow().above().isEmpty());

        Consistency clarionScore = records.consistency(3);
        assertTrue(clarionScore.score().getAsDouble() < records.consistency(1).score().getAsDouble(), clarionScore.toString());
        assertTrue(clarionScore.reasons().contains("killed 40 where 2 other sources give 12-13 [douma]"), clarionScore.reasons().toString());
    }

    @Test
    void aFigureWithinTheToleranceAgrees() {
        long a = killed(document("Reuters", "2019-03-02"), 20, null);
        long b = killed(document("AFP", "2019-03-02"), 22, null);
        TrackRecords records = TrackRecords.of(documents, claims, List.of(incident("douma", a, b)));

        assertEquals(FigureCheck.Verdict.WITHIN, records.outlet("AFP").orElseThrow().checks().get(0).verdict());
        assertEquals(1.0, records.consistency(2).score().getAsDouble());
    }

    @Test
    void anOutletRepeatingSanaIsNotIndependentOfSana() {
        long sana = killed(document("SANA", "2019-03-02"), 9, null);
        long copy = killed(document("Gulf Wire", "2019-03-02"), 9, "according to SANA");
        TrackRecords records = TrackRecords.of(documents, claims, List.of(incident("douma", sana, copy)));

        Consistency score = records.consistency(2);
        assertTrue(score.score().isEmpty(), score.toString());
        assertEquals(List.of("nothing to compare: no other independent source reports its incidents"), score.reasons());
        OutletRecord wire = records.outlet("Gulf Wire").orElseThrow();
        assertEquals(1, wire.incidents());
        assertEquals(0, wire.compared());
        assertTrue(wire.checks().isEmpty());
    }

    @Test
    void twoOutletsRepeatingTheSameAgencyCountAsOneSourceAgainstAThird() {
        long a = killed(document("Gulf Wire", "2019-03-02"), 9, "state news agency SANA");
        long b = killed(document("Levant Post", "2019-03-02"), 9, "SANA reported");
        long c = killed(document("Reuters", "2019-03-02"), 30, "the Syrian Observatory for Human Rights");
        TrackRecords records = TrackRecords.of(documents, claims, List.of(incident("douma", a, b, c)));

        FigureCheck check = records.outlet("Reuters").orElseThrow().checks().get(0);
        assertEquals(List.of("sana"), check.others());
        assertEquals("sohr", check.source());
        assertEquals(FigureCheck.Verdict.ABOVE, check.verdict());
        assertEquals(FigureCheck.Verdict.BELOW, records.outlet("Gulf Wire").orElseThrow().checks().get(0).verdict());
    }

    @Test
    void aDocumentWithNothingToCompareHasNoScoreAndSaysWhy() {
        long lone = document("Reuters", "2019-03-02");
        killed(lone, 5, null);
        TrackRecords records = TrackRecords.of(documents, claims, List.of());

        Consistency score = records.consistency(lone);
        assertTrue(score.score().isEmpty());
        assertEquals(0, score.compared());
        assertTrue(score.reasons().get(0).startsWith("nothing to compare"), score.reasons().toString());
        assertTrue(records.consistency(99).reasons().get(0).startsWith("nothing to compare"));
    }

    @Test
    void firstToReportAndMedianDelayCountOnlyIndependentSources() {
        long a1 = killed(document("Reuters", "2019-03-02"), 12, null);
        long b1 = killed(document("AFP", "2019-03-05"), 12, null);
        long a2 = killed(document("Reuters", "2019-04-10"), 3, null);
        long b2 = killed(document("AFP", "2019-04-10"), 3, null);
        long a3 = killed(document("Reuters", "2019-05-01"), 7, null);
        long b3 = killed(document("AFP", "2019-05-02"), 7, null);
        TrackRecords records = TrackRecords.of(documents, claims,
                List.of(incident("one", a1, b1), incident("two", a2, b2), incident("three", a3, b3)));

        OutletRecord reuters = records.outlet("Reuters").orElseThrow();
        assertEquals(3, reuters.compared());
        assertEquals(3, reuters.first());
        assertEquals(0.0, reuters.medianDelayDays().getAsDouble());
        OutletRecord afp = records.outlet("AFP").orElseThrow();
        assertEquals(1, afp.first(), "a tie on the day counts as first");
        assertEquals(1.0, afp.medianDelayDays().getAsDouble(), "delays 3, 0 and 1 days");
        assertEquals(3, afp.documents());
        assertEquals(3, afp.claims());
    }

    @Test
    void anOutletWithNoIndependentPeerHasNoDelay() {
        long a = killed(document("SANA", "2019-03-02"), 9, null);
        TrackRecords records = TrackRecords.of(documents, claims, List.of(incident("douma", a)));

        OutletRecord sana = records.outlet("SANA").orElseThrow();
        assertEquals(1, sana.incidents());
        assertEquals(0, sana.compared());
        assertFalse(sana.medianDelayDays().isPresent());
    }
}
