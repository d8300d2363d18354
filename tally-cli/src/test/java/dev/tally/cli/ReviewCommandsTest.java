package dev.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.store.ClaimReview;
import dev.tally.store.Ledger;
import dev.tally.store.Role;
import dev.tally.model.StoredClaim;
import dev.tally.web.Passwords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tally user add}, and the exports saying whether they use reviewed or extracted values. */
class ReviewCommandsTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("ledger.db").toString();
    }

    @Test
    void userAddTakesThePasswordFromAFileAndStoresOnlyItsHash() throws IOException {
        Path secret = Files.writeString(dir.resolve("pw.txt"), "a long secret phrase\n");

        CommandRun run = CommandRun.of("user", "add", "--db", db(), "--name", "ana", "--role", "admin", "--password-file", secret.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Tally.OK);
        assertThat(run.out()).contains("added ana (admin)");
        try (Ledger l = Ledger.open(db())) {
            var user = l.reviews().user("ana").orElseThrow();
            assertThat(user.role()).isEqualTo(Role.ADMIN);
            assertThat(user.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain("secret");
            assertThat(Passwords.verify("a long secret phrase".toCharArray(), user.passwordHash())).isTrue();
        }
        assertThat(CommandRun.of("user", "add", "--db", db(), "--name", "ana", "--role", "viewer", "--password-file", secret.toString()).err())
                .contains("user 'ana' exists already");
        assertThat(CommandRun.of("user", "add", "--db", db(), "--name", "bo", "--role", "chief", "--password-file", secret.toString()).exitCode())
                .isEqualTo(Tally.USAGE);
    }

    @Test
    void exportsSayWhichValuesTheyUseAndReviewedOnesCarryTheCorrection() {
        assertThat(CommandRun.of("ingest", "--db", db(), SEEDS.toString()).exitCode()).isEqualTo(0);
        try (Ledger l = Ledger.open(db())) {
            StoredClaim c140 = l.claims().stream().filter(c -> c.claim().count().phrase().equals("140")).findFirst().orElseThrow();
            l.reviews().reviewClaim(c140.id(), ClaimReview.Field.COUNT, "150..150", "ana", "UN update", "140..140");
        }
        String reviewed = CommandRun.of("export", "--db", db(), "--format", "ucdp").out();
        String extracted = CommandRun.of("export", "--db", db(), "--format", "ucdp", "--values", "extracted").out();

        assertThat(reviewed.lines().findFirst().orElseThrow()).endsWith(",tally_values");
        assertThat(reviewed.lines().filter(r -> r.contains("2017-03-17"))).singleElement().satisfies(r -> assertThat(r).contains(",150,").endsWith(",reviewed"));
        assertThat(extracted.lines().filter(r -> r.contains("2017-03-17"))).singleElement().satisfies(r -> assertThat(r).contains(",140,").endsWith(",extracted"));
        assertThat(CommandRun.of("incidents", "--db", db(), "--format", "jsonl", "--values", "extracted").out()).contains("\"values\":\"extracted\"");
    }
}
