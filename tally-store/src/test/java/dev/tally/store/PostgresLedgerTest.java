package dev.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger contract on a real PostgreSQL server that this class starts (embedded binaries from
 * the test classpath; as root they run in a user namespace, which zonky sets up with unshare),
 * one fresh database per test.
 */
class PostgresLedgerTest extends LedgerContract implements ReviewsContract {
    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void start() throws IOException {
        long started = System.nanoTime();
        server = EmbeddedPostgres.builder().start();
        System.out.printf("PostgreSQL started in %d ms on port %d%n", (System.nanoTime() - started) / 1_000_000, server.getPort());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Override
    public String newDatabase() {
        String name = "ledger_" + databases++;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("creating database " + name + " failed", e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    @Test
    void credentialsComeFromTheEnvironmentWhenTheUrlHasNone() {
        String withUser = newDatabase();
        String bare = withUser.substring(0, withUser.indexOf('?'));
        try (Ledger ledger = Ledger.open(bare, Map.of("TALLY_DB_USER", "postgres", "TALLY_DB_PASSWORD", "secret-1"))) {
            assertThat(ledger.documents()).isEmpty();
        }
        assertThatThrownBy(() -> Ledger.open(bare, Map.of("TALLY_DB_USER", "no_such_role", "TALLY_DB_PASSWORD", "secret-2")))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("no_such_role")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-2"));
    }

    @Test
    void anUnreachableServerFailsAtOpenWithoutShowingThePassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/ledger?user=tally&password=secret-3&connectTimeout=2";

        assertThatThrownBy(() -> Ledger.open(url, Map.of()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("[jdbc:postgresql://127.0.0.1:1/ledger?user=tally&password=***&connectTimeout=2] cannot open the ledger")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-3"));
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsRows() {
        String db = newDatabase();
        dev.tally.model.Document seed = Fixtures.seedDocument();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.store(seed, List.of(), List.of());
        }
        try (Ledger ledger = Ledger.open(db)) {
            assertThat(ledger.contains(seed.sha256())).isTrue();
        }
    }
}
