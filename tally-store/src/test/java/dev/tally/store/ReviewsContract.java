package dev.tally.store;

import dev.tally.model.StoredClaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every backend must do for accounts, reviews, decisions and the audit log; mixed into each
 * backend's ledger test, which supplies a new empty database per test.
 */
interface ReviewsContract {
    /** A {@code db} string naming a database that no other test uses. */
    String newDatabase();

    @Test
    default void usersAreStoredWithRoleAndHashAndNamesAreUnique() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            User ana = ledger.reviews().addUser("ana", Role.ANALYST, "pbkdf2-sha256$1$c2FsdA$aGFzaA", "cli");

            assertThat(ledger.reviews().user("ana")).contains(ana);
            assertThat(ledger.reviews().user("nobody")).isEmpty();
            assertThat(ana.toString()).doesNotContain("pbkdf2");
            assertThatThrownBy(() -> ledger.reviews().addUser("ana", Role.ADMIN, "x", "cli"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("user 'ana' exists already");
            assertThatThrownBy(() -> ledger.reviews().addUser("a b", Role.ADMIN, "x", "cli"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("user name must be");
            assertThat(ledger.reviews().users()).extracting(User::name).containsExactly("ana");
            assertThat(ledger.reviews().audit(0, 10)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("user.add");
                assertThat(e.target()).isEqualTo("user ana");
                assertThat(e.after()).contains("analyst");
                assertThat(e.actor()).isEqualTo("cli");
            });
        }
    }

    @Test
    default void aReviewKeepsTheExtractedClaimAndTheLatestReviewIsInForce() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            Document.Accepted doc = Fixtures.seedDocument();
            ledger.store(doc, List.of(Fixtures.fullClaim(doc.article()), Fixtures.bareClaim(doc.article())), List.of());
            List<StoredClaim> before = ledger.claims();
            long id = before.get(0).id();

            ledger.reviews().reviewClaim(id, ClaimReview.Field.COUNT, "850000..870000", "ana", "the UN figure", "860000..860000");
            ClaimReview later = ledger.reviews().reviewClaim(id, ClaimReview.Field.COUNT, "860000..", "bo", "a lower bound only", "850000..870000");
            ledger.reviews().reviewClaim(id, ClaimReview.Field.STATUS, "confirmed", "bo", "checked the source", null);

            assertThat(ledger.claims()).isEqualTo(before);
            assertThat(ledger.reviews().claimReviews()).extracting(ClaimReview::field, ClaimReview::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ClaimReview.Field.COUNT, "860000.."),
                            org.assertj.core.groups.Tuple.tuple(ClaimReview.Field.STATUS, "confirmed"));
            assertThat(ledger.reviews().claimReviews().get(0)).isEqualTo(later);
            List<AuditEntry> log = ledger.reviews().audit(0, 10);
            assertThat(log).extracting(AuditEntry::action).containsExactly("claim.status", "claim.count", "claim.count");
            assertThat(log.get(1).before()).contains("850000..870000");
            assertThat(log.get(1).after()).contains("860000..");
            assertThat(log.get(1).reason()).contains("a lower bound only");
            assertThat(log.get(1).actor()).isEqualTo("bo");
            assertThat(ledger.reviews().audit(1, 1)).containsExactly(log.get(1));
            assertThat(ledger.reviews().auditSize()).isEqualTo(3);
        }
    }

    @Test
    default void aReviewOfAnUnknownClaimOrWithoutReasonLeavesNothing() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            assertThatThrownBy(() -> ledger.reviews().reviewClaim(99, ClaimReview.Field.STATUS, "rejected", "ana", "wrong", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("claim must be in the ledger; got 99, which is not");
            Document.Accepted doc = Fixtures.seedDocument();
            ledger.store(doc, List.of(Fixtures.fullClaim(doc.article())), List.of());
            long id = ledger.claims().get(0).id();
            assertThatThrownBy(() -> ledger.reviews().reviewClaim(id, ClaimReview.Field.STATUS, "rejected", "ana", " ", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason must not be blank");
            assertThat(ledger.reviews().claimReviews()).isEmpty();
            assertThat(ledger.reviews().auditSize()).isZero();
        }
    }

    @Test
    default void decisionsReadBackInOrderWithTheirClaims() {
        try (Ledger ledger = Ledger.open(newDatabase())) {
            for (int i = 0; i < 3; i++) {
                Document.Accepted doc = Fixtures.generated(i);
                ledger.store(doc, Fixtures.generatedClaims(doc, i), List.of());
            }
            List<Long> ids = ledger.claims().stream().map(StoredClaim::id).toList();
            IncidentDecision merge = ledger.reviews().decide(IncidentDecision.Kind.MERGE, List.of(ids.get(2), ids.get(0), ids.get(2)),
                    "ana", "same strike", "incidents a + b", "a; b", "a");
            IncidentDecision split = ledger.reviews().decide(IncidentDecision.Kind.SPLIT, List.of(ids.get(1)), "bo", "another day",
                    "incident a", "a", "a; a-s2");

            assertThat(merge.claims()).containsExactly(ids.get(0), ids.get(2));
            assertThat(ledger.reviews().decisions()).containsExactly(merge, split);
            assertThat(ledger.reviews().audit(0, 5)).extracting(AuditEntry::action).containsExactly("incident.split", "incident.merge");
            assertThatThrownBy(() -> ledger.reviews().decide(IncidentDecision.Kind.MERGE, List.of(ids.get(0), 12345L), "ana", "x", "t", "b", "a"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12345");
            assertThat(ledger.reviews().decisions()).hasSize(2);
        }
    }
}
