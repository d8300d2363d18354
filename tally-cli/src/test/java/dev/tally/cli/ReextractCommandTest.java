package dev.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Count;
import dev.tally.model.Document;
import dev.tally.model.Provenance;
import dev.tally.model.Span;
import dev.tally.store.AuditEntry;
import dev.tally.store.ClaimReview;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tally reextract} on a ledger whose claims older rules read: one claim the current rules read
 * again (with another figure) and one they no longer read, both reviewed by an analyst.
 */
class ReextractCommandTest {
    private static final Path SEED = Path.of("..", "examples", "seeds", "000_0248060a66e5b8f4.txt");
    private static final Provenance OLD_RULES = new Provenance("claims", "0");

    @TempDir
    Path dir;

    @Test
    void claimsAreReadAgainUnderTheCurrentRulesAndReviewsOfClaimsReadAgainSurvive() throws IOException {
        String db = dir.resolve("ledger.db").toString();
        Article article = new Article("seed.txt", Files.readString(SEED), Optional.of(LocalDate.of(2015, 12, 22)), Map.of());
        List<Claim> current = new ClaimExtractor().extract(article).claims();
        Claim first = current.get(0);
        Claim readDifferently = withCount(first, new Count("12", OptionalLong.of(12), OptionalLong.of(12)));
        Claim notReadAnyMore = withCount(first, new Count("stale", OptionalLong.of(3), OptionalLong.of(3)));
        notReadAnyMore = new Claim(first.doc(), "stale-1", first.kind(), first.outcome(), first.victims(), first.subgroup(),
                notReadAnyMore.count(), first.date(), first.place(), first.actor(), first.claimant(), first.sentence(),
                new Span(0, 5), OLD_RULES);
        long kept;
        long stale;
        try (Ledger l = Ledger.open(db)) {
            l.store(new Document.Accepted("seed.txt", "sha-of-seed", "text", article), List.of(readDifferently, notReadAnyMore), List.of());
            List<StoredClaim> stored = l.claims();
            kept = stored.get(0).id();
            stale = stored.get(1).id();
            l.reviews().reviewClaim(kept, ClaimReview.Field.STATUS, "confirmed", "ana", "read the article", null);
            l.reviews().reviewClaim(stale, ClaimReview.Field.COUNT, "3..3", "ana", "as printed", null);
        }

        CommandRun run = CommandRun.of("reextract", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Tally.OK);
        assertThat(run.err()).contains("rules " + ClaimExtractor.PROVENANCE + ": claims kept 1, added " + (current.size() - 1)
                + ", removed 1; reviews of removed claims moved to the audit log: 1").contains("incidents: ");
        try (Ledger l = Ledger.open(db)) {
            List<StoredClaim> now = l.claims();
            assertThat(now).extracting(s -> s.claim().count()).containsExactlyInAnyOrderElementsOf(current.stream().map(Claim::count).toList());
            assertThat(now).allMatch(s -> s.claim().provenance().toString().equals(ClaimExtractor.PROVENANCE.toString()));
            assertThat(now).extracting(StoredClaim::id).contains(kept).doesNotContain(stale);
            assertThat(l.reviews().claimReviews()).extracting(ClaimReview::claimId).containsExactly(kept);
            assertThat(l.reviews().audit(0, 10)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("claim.review-dropped");
                assertThat(e.target()).contains("claim " + stale);
                assertThat(e.before()).contains("count=3..3 by ana");
            });
            assertThat(l.stats().rules()).containsExactly(Map.entry(ClaimExtractor.PROVENANCE.toString(), (long) current.size()));
        }
        assertThat(CommandRun.of("stats", "--db", db).out()).contains("claims by rules:\n  " + ClaimExtractor.PROVENANCE);
    }

    private static Claim withCount(Claim c, Count count) {
        return new Claim(c.doc(), c.id(), c.kind(), c.outcome(), c.victims(), c.subgroup(), count, c.date(), c.place(), c.actor(),
                c.claimant(), c.sentence(), c.evidence(), OLD_RULES);
    }
}
