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
    void userDisableEnableAndPasswordChangeTheAccountAndLeaveAnAuditTrail() throws IOException {
        Path secret = Files.writeString(dir.resolve("pw.txt"), "a long secret phrase\n");
        Path renewed = Files.writeString(dir.resolve("pw2.txt"), "another long phrase\n");
        CommandRun.of("user", "add", "--db", db(), "--name", "ana", "--role", "analyst", "--password-file", secret.toString());

        assertThat(CommandRun.of("user", "disable", "--db", db(), "--name", "ana").out()).startsWith("disabled ana in ");
        try (Ledger l = Ledger.open(db())) {
            assertThat(l.reviews().user("ana").orElseThrow().disabled()).isTrue();
        }
        assertThat(CommandRun.of("user", "enable", "--db", db(), "--name", "ana").exitCode()).isEqualTo(Tally.OK);
        assertThat(CommandRun.of("user", "password", "--db", db(), "--name", "ana", "--password-file", renewed.toString()).exitCode())
                .isEqualTo(Tally.OK);
        CommandRun nobody = CommandRun.of("user", "disable", "--db", db(), "--name", "nobody");
        assertThat(nobody.exitCode()).isEqualTo(Tally.FAILURE);
        assertThat(nobody.err()).isEqualTo("[nobody] no user 'nobody'\n");

        try (Ledger l = Ledger.open(db())) {
            var ana = l.reviews().user("ana").orElseThrow();
            assertThat(ana.disabled()).isFalse();
            assertThat(Passwords.verify("another long phrase".toCharArray(), ana.passwordHash())).isTrue();
            assertThat(l.reviews().audit(0, 10)).extracting(e -> e.actor() + " " + e.action() + " " + e.target())
                    .containsExactly("cli user.password user ana", "cli user.enable user ana", "cli user.disable user ana", "cli user.add user ana");
        }
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
