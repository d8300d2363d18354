package dev.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.store.AuditEntry;
import dev.tally.store.Ledger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disabling accounts and changing passwords against a running server, each test on its own copy of the seed ledger. */
class AccountsApiTest {
    @TempDir
    Path dir;
    private Ledger ledger;
    private WebServer server;

    @BeforeEach
    void start() {
        ledger = Ledger.open(SeedLedger.copy(dir).toString());
        server = new WebServer(ledger).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        ledger.close();
    }

    private Client signedIn(String name, String password) {
        Client c = new Client(server.port());
        assertThat(c.signIn(name, password).status()).isEqualTo(200);
        return c;
    }

    @Test
    void aDisabledAccountLosesItsSessionAtOnceAndCannotSignInUntilEnabled() {
        Client analyst = signedIn("analyst", SeedLedger.PASSWORD);
        Client admin = signedIn("admin", SeedLedger.PASSWORD);

        Client.Answer disabled = admin.post("/api/users/analyst/disable", "{}");

        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(disabled.json().path("disabled").asBoolean()).isTrue();
        assertThat(analyst.get("/api/session").status()).isEqualTo(401);
        Client.Answer again = new Client(server.port()).signIn("analyst", SeedLedger.PASSWORD);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().path("error").asText()).contains("disabled");
        assertThat(ledger.reviews().audit(0, 5)).extracting(AuditEntry::action).contains("user.disable");

        assertThat(admin.post("/api/users/analyst/enable", "{}").status()).isEqualTo(200);
        signedIn("analyst", SeedLedger.PASSWORD);
        assertThat(admin.post("/api/users/admin/disable", "{}").status()).as("not one's own account").isEqualTo(400);
        assertThat(signedIn("viewer", SeedLedger.PASSWORD).post("/api/users/analyst/disable", "{}").status()).isEqualTo(403);
    }

    @Test
    void anAccountDisabledByAnotherProcessLosesItsSessionOnItsNextRequest() {
        Client analyst = signedIn("analyst", SeedLedger.PASSWORD);

        ledger.reviews().setDisabled("analyst", true, "cli");

        assertThat(analyst.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void theOwnerChangesAPasswordWithTheCurrentOneAndAnAdminResetsAnothersWithout() {
        Client analyst = signedIn("analyst", SeedLedger.PASSWORD);

        assertThat(analyst.post("/api/users/analyst/password", "{\"current\":\"guess\",\"password\":\"a new long phrase\"}").status())
                .isEqualTo(403);
        assertThat(analyst.post("/api/users/viewer/password", "{\"password\":\"a new long phrase\"}").status()).isEqualTo(403);
        Client.Answer changed = analyst.post("/api/users/analyst/password",
                "{\"current\":\"" + SeedLedger.PASSWORD + "\",\"password\":\"a new long phrase\"}");

        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
        assertThat(analyst.get("/api/session").status()).as("sessions end with the old password").isEqualTo(401);
        assertThat(new Client(server.port()).signIn("analyst", SeedLedger.PASSWORD).status()).isEqualTo(401);
        signedIn("analyst", "a new long phrase");

        Client admin = signedIn("admin", SeedLedger.PASSWORD);
        assertThat(admin.post("/api/users/viewer/password", "{\"password\":\"short\"}").status()).isEqualTo(400);
        assertThat(admin.post("/api/users/nobody/password", "{\"password\":\"a long enough phrase\"}").status()).isEqualTo(404);
        assertThat(admin.post("/api/users/viewer/password", "{\"password\":\"reset by the admin\"}").status()).isEqualTo(204);
        signedIn("viewer", "reset by the admin");
        assertThat(ledger.reviews().audit(0, 20)).filteredOn(e -> e.action().equals("user.password"))
                .extracting(e -> e.actor() + " " + e.target()).containsExactly("admin user viewer", "analyst user analyst");
        assertThat(ledger.reviews().audit(0, 20)).allSatisfy(e -> assertThat(String.valueOf(e.after())).doesNotContain("pbkdf2"));
    }
}
