package dev.tally.store;

import dev.tally.model.StoredClaim;

import dev.tally.model.IncidentRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.model.Actor;
import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every ledger backend must do, run against a real database by each subclass. Each test
 * gets a new, empty database from {@link #newDatabase()}.
 */
abstract class LedgerContract {
    /** A {@code db} string naming a database that no other test uses. */
    protected abstract String newDatabase();

    @Test
    void aDocumentAndItsClaimsReadBackExactly() {
        Document.Accepted doc = Fixtures.seedDocument();
        List<Claim> claims = List.of(Fixtures.fullClaim(doc.article()), Fixtures.bareClaim(doc.article()));
        Instant before = Instant.now();
        try (Ledger ledger = Ledger.open(newDatabase())) {
            IngestResult result = ledger.store(doc, claims, List.of());

            assertThat(result).isEqualTo(new IngestResult(result.documentId(), Fixtures.SEED, DocumentStatus.OK,
                    IngestResult.Change.STORED, 2));
            assertThat(ledger.document(result.documentId())).contains(doc);
            assertThat(ledger.claims(result.documentId())).extracting(StoredClaim::claim).containsExactlyElementsOf(claims);
            assertThat(ledger.claims()).allSatisfy(c -> {
                assertThat(c.documentId()).isEqualTo(result.documentId());
                assertThat(c.incident()).isEmpty();
            });
            StoredDocument stored = ledger.documents().get(0);
            assertThat(stored).isEqualTo(new StoredDocument(result.documentId(), Fixtures.SEED, doc.sha256(), Optional.of("text"),
                    DocumentStatus.OK, Optional.empty(), doc.article().published(), doc.article().meta(), stored.ingestedAt(), 2));
            assertThat(stored.ingestedAt()).isBetween(before.minusSeconds(1), Instant.now());
        }
    }

    @Test
    void randomDocumentsReadBackExactly() {
        long seed = System.nanoTime();
        System.out.println("randomDocumentsReadBackExactly seed=" + seed);
        RandomDocuments random = new RandomDocuments(seed);
        List<Document.Accepted> docs = new ArrayList<>();
        List<Claim> all = new ArrayList<>();
        try (Ledger ledger = Ledger.open(newDatabase())) {
            for (int i = 0; i < 40; i++) {
                Document.Accepted doc = random.document(i);
                List<Claim> claims = random.claims(doc);
                long id = ledger.store(doc, claims, List.of()).documentId();
                assertThat(ledger.document(id)).as("seed %d, document %d", seed, i).contains(doc);
                docs.add(doc);
                all.addAll(claims);
            }
            assertThat(ledger.claims()).extracting(StoredClaim::claim).as("seed %d", seed).containsExactlyElementsOf(all);
            assertThat(ledger.documents()).extracting(StoredDocument::sha256)
                    .containsExactlyElementsOf(docs.stream().map(Document::sha256).toList());
        }
    }

    @Test
    void theSizeOnDiskGrowsWithWhatIsStored() {
        RandomDocuments random = new RandomDocuments(7);
        try (Ledger ledger = Ledger.open(newDatabase())) {
            long empty = ledger.sizeBytes();
            for (int i = 0; i < 200; i++) {
                Document.Accepted doc = random.document(i);
                ledger.store(doc, random.claims(doc), List.of());
            }

            assertThat(empty).isPositive();
            assertThat(ledger.sizeBytes()).isGreaterThan(empty);
        }
    }

    @Test
    void storingTheSameDocumentAgainChangesNothing() {
        Document.Accepted doc = Fixtures.seedDocument();
        String db = newDatabase();
        try (Ledger ledger = Ledger.open(db)) {
            IngestResult first = ledger.store(doc, List.of(Fixtures.fullClaim(doc.article()), Fixtures.bareClaim(doc.article())), List.of());
            LedgerStats before = ledger.stats();

            IngestResult again = ledger.store(doc, List.of(Fixtures.bareClaim(doc.article())),
                    List.of(new Diagnostic("claims", doc.name(), Optional.empty(), "ignored")));

            assertThat(again).isEqualTo(new IngestResult(first.documentId(), doc.name(), DocumentStatus.OK, IngestResult.Change.UNCHANGED, 2));
            assertThat(ledger.stats()).isEqualTo(before);
        }
        try (Ledger reopened = Ledger.open(db)) {
            assertThat(reopened.contains(doc.sha256())).isTrue();
            assertThat(reopened.store(doc, List.of(), List.of()).change()).isEqualTo(IngestResult.Change.UNCHANGED);
            assertThat(reopened.claims()).hasSize(2);
        }
    }

    @Test
    void aRejectedDocumentIsKeptWithItsReason() {
        Document.Rejected rejected = new Document.Rejected("broken.pdf", "ab".repeat(32), "[broken.pdf] not UTF-8 text at byte 17");
        try (Ledger ledger = Ledger.open(newDatabase())) {
            assertThat(ledger.contains(rejected.sha256())).isFalse();

            IngestResult result = ledger.store(rejected, List.of(), List.of());

            assertThat(result.status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(ledger.contains(rejected.sha256())).isTrue();
            assertThat(ledger.document(result.documentId())).contains(rejected);
            assertThat(ledger.documents(DocumentStatus.REJECTED)).singleElement().satisfies(d -> {
                assertThat(d.reason()).contains("[broken.pdf] not UTF-8 text at byte 17");
                assertThat(d.format()).isEmpty();
                assertThat(d.meta()).isEmpty();
            });
            assertThat(ledger.documents(DocumentStatus.OK)).isEmpty();
            assertThat(ledger.store(rejected, List.of(), List.of()).change()).isEqualTo(IngestResult.Change.UNCHANGED);
            assertThatThrownBy(() -> ledger.store(new Document.Rejected("x", "cd".repeat(32), "bad"),
                    List.of(Fixtures.bareClaim(Fixtures.seedDocument().article())), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void diagnosticsMakeADocumentPartialWithThemAsItsReason() {
        Document.Accepted doc = Fixtures.seedDocument();
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("time", doc.name(), Optional.of(new Span(3, 9)), "no publication date for 'on Monday'"),
                new Diagnostic("places", doc.name(), Optional.empty(), "'Old City' is not in the gazetteer"));
        try (Ledger ledger = Ledger.open(newDatabase())) {
            IngestResult result = ledger.store(doc, List.of(Fixtures.fullClaim(doc.article())), diagnostics);

            assertThat(result.status()).isEqualTo(DocumentStatus.PARTIAL);
            assertThat(ledger.documents(DocumentStatus.PARTIAL)).singleElement().extracting(StoredDocument::reason)
                    .isEqualTo(Optional.of("time: no publication date for 'on Monday'; places: 'Old City' is not in the gazetteer"));
            assertThat(ledger.claims(result.documentId())).hasSize(1);
        }
    }

    @Test
    void aClaimTheDatabaseRefusesLeavesNoHalfStoredDocument() {
        Document.Accepted doc = Fixtures.seedDocument();
        Claim first = Fixtures.fullClaim(doc.article());
        Claim duplicateId = Fixtures.bareClaim(doc.article());
        duplicateId = new Claim(duplicateId.doc(), first.id(), duplicateId.kind(), duplicateId.outcome(), duplicateId.victims(),
                duplicateId.subgroup(), duplicateId.count(), duplicateId.date(), duplicateId.place(), duplicateId.actor(),
                duplicateId.claimant(), duplicateId.sentence(), duplicateId.evidence(), duplicateId.provenance());
        List<Claim> claims = List.of(first, Fixtures.bareClaim(doc.article()), duplicateId);
        try (Ledger ledger = Ledger.open(newDatabase())) {
            assertThatThrownBy(() -> ledger.store(doc, claims, List.of()))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageStartingWith("[" + Fixtures.SEED + "] storing the document failed, nothing of it was kept");

            assertThat(ledger.contains(doc.sha256())).isFalse();
            assertThat(ledger.documents()).isEmpty();
            assertThat(ledger.claims()).isEmpty();
            IngestResult retried = ledger.store(doc, claims.subList(0, 2), List.of());
            assertThat(retried.change()).isEqualTo(IngestResult.Change.STORED);
            assertThat(ledger.claims()).hasSize(2);
        }
    }

    @Test
    void aClaimMustNameItsDocument() {
        Document.Accepted doc = Fixtures.seedDocument();
        Document.Accepted other = Fixtures.generated(1);
        try (Ledger ledger = Ledger.open(newDatabase())) {
            assertThatThrownBy(() -> ledger.store(other, List.of(Fixtures.fullClaim(doc.article())), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("[batch-1.txt] a claim's doc must be its document's name; got '" + Fixtures.SEED + "' on claim c1");
            assertThat(ledger.documents()).isEmpty();
        }
    }

    @Test
    void statsCountDocumentsByStatusAndClaimsByOutcome() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            Document.Accepted seed = Fixtures.seedDocument();
            ledger.store(seed, List.of(Fixtures.fullClaim(seed.article()), Fixtures.bareClaim(seed.article())), List.of());
            Document.Accepted partial = Fixtures.generated(2);
            ledger.store(partial, Fixtures.generatedClaims(partial, 2), List.of(new Diagnostic("time", partial.name(), Optional.empty(), "x")));
            ledger.store(new Document.Rejected("a.bin", "ef".repeat(32), "binary"), List.of(), List.of());

            LedgerStats stats = ledger.stats();

            assertThat(stats.documents()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    DocumentStatus.OK, 1L, DocumentStatus.PARTIAL, 1L, DocumentStatus.REJECTED, 1L));
            assertThat(stats.claims()).containsEntry(Outcome.DISPLACED, 1L).containsEntry(Outcome.CASUALTIES, 1L)
                    .containsEntry(Outcome.KILLED, 3L).containsEntry(Outcome.INJURED, 0L);
            assertThat(stats.totalClaims()).isEqualTo(5);
            assertThat(stats.totalDocuments()).isEqualTo(3);
            assertThat(stats.incidents()).isZero();
        }
    }

    @Test
    void incidentsReadBackExactlyAndTagTheirClaims() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            List<Long> ids = storeBatch(ledger, 4);
            IncidentRecord strike = incident("strike-2017-01-04", ids.subList(0, 3), ids.get(0), ids.get(2));
            IncidentRecord other = new IncidentRecord("other", TimeSpan.UNKNOWN, Place.UNKNOWN,
                    Actor.UNKNOWN, List.of(ids.get(3)), List.of(), List.of());

            ledger.replaceIncidents(List.of(strike, other));

            assertThat(ledger.incidents()).containsExactly(other, strike);
            assertThat(ledger.claims()).extracting(StoredClaim::incident).containsExactlyElementsOf(
                    IntStream.range(0, ids.size()).mapToObj(i -> i < 3 ? Optional.of("strike-2017-01-04")
                            : i == 3 ? Optional.of("other") : Optional.<String>empty()).toList());
            assertThat(ledger.stats().incidents()).isEqualTo(2);

            IncidentRecord merged = incident("strike-2017-01-04", ids.subList(1, 4), ids.get(1), ids.get(3));
            ledger.replaceIncidents(List.of(merged));

            assertThat(ledger.incidents()).containsExactly(merged);
            assertThat(ledger.claims()).extracting(StoredClaim::incident).containsExactlyElementsOf(
                    IntStream.range(0, ids.size()).mapToObj(i -> i >= 1 && i < 4 ? Optional.of("strike-2017-01-04")
                            : Optional.<String>empty()).toList());
        }
    }

    @Test
    void incidentsNamingAnUnknownClaimLeaveThePreviousOnesInPlace() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            List<Long> ids = storeBatch(ledger, 2);
            IncidentRecord kept = incident("kept", ids.subList(0, 3), ids.get(0), ids.get(1));
            ledger.replaceIncidents(List.of(kept));
            long unknown = ids.get(ids.size() - 1) + 1000;
            IncidentRecord bad = incident("bad", List.of(ids.get(0), ids.get(1), unknown), ids.get(0), unknown);

            assertThatThrownBy(() -> ledger.replaceIncidents(List.of(bad)))
                    .isInstanceOf(LedgerException.class)
                    .hasMessage("[bad] an incident's claims must be claims the ledger holds; got claim " + unknown + ", which it does not");
            assertThat(ledger.incidents()).containsExactly(kept);
            IncidentRecord overlapping = incident("again", ids.subList(1, 3), ids.get(1), ids.get(2));
            assertThatThrownBy(() -> ledger.replaceIncidents(List.of(kept, overlapping)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a claim belongs to one incident only; got claim " + ids.get(1) + " in 'kept' and 'again'");
            assertThat(ledger.incidents()).containsExactly(kept);
        }
    }

    /** Stores generated documents 0..n-1 and returns the claims' row ids in order. */
    private static List<Long> storeBatch(Ledger ledger, int n) {
        for (int i = 0; i < n; i++) {
            Document.Accepted doc = Fixtures.generated(i);
            ledger.store(doc, Fixtures.generatedClaims(doc, i), List.of());
        }
        return ledger.claims().stream().map(StoredClaim::id).toList();
    }

    private static IncidentRecord incident(String key, List<Long> claims, long low, long high) {
        var killed = new IncidentRecord.Figure(Outcome.KILLED, Victims.CIVILIAN,
                OptionalLong.of(3), OptionalLong.empty(), claims);
        var injured = new IncidentRecord.Figure(Outcome.INJURED, Victims.UNKNOWN,
                OptionalLong.of(2), OptionalLong.of(40), List.of(high));
        var place = new Place(Optional.of("in Mosul's Old City"), Optional.of("Mosul"), Optional.of("IQ"),
                OptionalDouble.of(36.34), OptionalDouble.of(43.13), Place.Precision.NEIGHBOURHOOD);
        return new IncidentRecord(key, TimeSpan.of("on Tuesday", LocalDate.of(2017, 1, 3),
                LocalDate.of(2017, 1, 4)), place, new Actor(Optional.of("ISIS"), Optional.empty()),
                claims, List.of(injured, killed),
                List.of(new IncidentRecord.Contradiction(List.of(high, low), "3 killed vs 4 killed")),
                List.of(new IncidentRecord.Link(List.of(low, high), 0.5, "named place; same day 2017-01-03; same place Mosul")));
    }
}
