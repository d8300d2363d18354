package dev.tally.resolve;

import dev.tally.model.Count;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Place;
import dev.tally.model.StoredClaim;
import dev.tally.model.Victims;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.tally.model.Outcome.KILLED;
import static org.assertj.core.api.Assertions.assertThat;

/** Outlets' track records and documents' consistency on one strike that four outlets report. */
class TrackRecordsTest {
    private static final Place ALEPPO = ClaimBuilder.city("Aleppo", "SY", 36.20, 37.16);

    private static StoredClaim report(String doc, long row, long dead, String published, Optional<String> claimant) {
        ClaimBuilder b = ClaimBuilder.claim(doc, "c1").harm(KILLED, Victims.CIVILIAN).count(Count.exactly(Long.toString(dead), dead))
                .on("on Monday", "2016-08-01").at(ALEPPO).says(dead + " civilians were killed in Aleppo on Monday.").published(published);
        claimant.ifPresent(b::claimant);
        return b.stored(row);
    }

    private static SourceDocument document(StoredClaim c, String outlet) {
        return new SourceDocument(c.documentId(), c.claim().doc(), outlet, c.published());
    }

    private final StoredClaim first = report("a.txt", 1, 10, "2016-08-01", Optional.empty());
    private final StoredClaim second = report("b.txt", 2, 11, "2016-08-02", Optional.empty());
    private final StoredClaim high = report("c.txt", 3, 14, "2016-08-03", Optional.empty());
    private final StoredClaim copy = report("d.txt", 4, 14, "2016-08-04", Optional.of("Outlet C"));
    private final List<StoredClaim> claims = List.of(first, second, high, copy);
    private final List<SourceDocument> documents = List.of(document(first, "Outlet A"), document(second, "Outlet B"),
            document(high, "Outlet C"), document(copy, "Outlet D"));

    private TrackRecords records() {
        List<IncidentRecord> incidents = new IncidentResolver().resolve(claims);
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.claims()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L));
        return TrackRecords.of(documents, claims, incidents);
    }

    @Test
    void aFigureAboveTheOtherSourcesRangeIsNamedWithTheRange() {
        TrackRecords r = records();
        OutletRecord c = r.outlet("Outlet C").orElseThrow();
        assertThat(c.checks()).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(FigureCheck.Verdict.ABOVE);
            assertThat(f.reason()).startsWith("killed 14 where 2 other sources give 10-11 [");
        });
        assertThat(r.outlet("Outlet A").orElseThrow().checks()).singleElement()
                .satisfies(f -> assertThat(f.verdict()).isEqualTo(FigureCheck.Verdict.WITHIN));
    }

    @Test
    void anOutletThatCopiesAnotherWithAttributionIsNotIndependentOfIt() {
        OutletRecord d = records().outlet("Outlet D").orElseThrow();
        assertThat(d.checks()).singleElement().satisfies(f -> assertThat(f.others()).doesNotContain("outlet c"));
    }

    @Test
    void theFirstToReportAndTheDelayOfTheOthers() {
        TrackRecords r = records();
        assertThat(r.outlet("Outlet A").orElseThrow().first()).isEqualTo(1);
        assertThat(r.outlet("Outlet C").orElseThrow().first()).isZero();
        assertThat(r.outlet("Outlet C").orElseThrow().medianDelayDays().getAsDouble()).isEqualTo(2.0);
    }

    @Test
    void aDocumentWithNothingToCompareHasNoScoreAndSaysWhy() {
        StoredClaim alone = ClaimBuilder.claim("e.txt", "c1").harm(KILLED, Victims.CIVILIAN).count(Count.exactly("3", 3))
                .on("on Friday", "2016-09-09").at(ClaimBuilder.city("Idlib", "SY", 35.93, 36.63)).says("3 civilians were killed in Idlib on Friday.")
                .published("2016-09-10").stored(5);
        List<StoredClaim> all = List.of(first, second, high, copy, alone);
        List<SourceDocument> docs = new java.util.ArrayList<>(documents);
        docs.add(document(alone, "Outlet E"));
        TrackRecords r = TrackRecords.of(docs, all, new IncidentResolver().resolve(all));
        Consistency none = r.consistency(alone.documentId());
        assertThat(none.score()).isEmpty();
        assertThat(none.reasons()).singleElement().asString().startsWith("nothing to compare");
        assertThat(r.consistency(first.documentId()).score()).isPresent();
        assertThat(r.consistency(high.documentId()).score().getAsDouble()).isLessThan(r.consistency(first.documentId()).score().getAsDouble());
    }
}
