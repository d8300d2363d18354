package dev.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendTest {
    @Test
    void aPathIsSqliteAndAPostgresUrlIsPostgres() {
        assertThat(Backend.parse("data/ledger.db", Map.of()))
                .isEqualTo(new Backend.Sqlite(Path.of("data/ledger.db").toAbsolutePath()));
        assertThat(Backend.parse("jdbc:postgresql://db.local:5433/tally", Map.of("TALLY_DB_USER", "tally", "TALLY_DB_PASSWORD", "pw")))
                .isEqualTo(new Backend.Postgres("jdbc:postgresql://db.local:5433/tally", Optional.of("tally"), Optional.of("pw")));
    }

    @Test
    void anythingElseFailsSayingWhatMustHold() {
        assertThatThrownBy(() -> Backend.parse(" ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db must be a SQLite file path or a jdbc:postgresql:// URL; got ' '");
        assertThatThrownBy(() -> Backend.parse("jdbc:mysql://db/tally?user=a&password=hunter2", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db must be a SQLite file path or a jdbc:postgresql:// URL; got jdbc:mysql://db/tally?user=a&password=***");
        assertThatThrownBy(() -> Backend.parse("postgresql://db/tally", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db must be a SQLite file path or a jdbc:postgresql:// URL; got postgresql://db/tally");
    }

    @Test
    void credentialsFromTheUrlWinOverTheEnvironment() {
        Backend backend = Backend.parse("jdbc:postgresql://db/tally?user=url_user&password=url_pw",
                Map.of("TALLY_DB_USER", "env_user", "TALLY_DB_PASSWORD", "env_pw"));
        var ds = (org.postgresql.ds.PGSimpleDataSource) backend.dataSource();

        assertThat(ds.getUser()).isEqualTo("url_user");
        assertThat(ds.getPassword()).isEqualTo("url_pw");
        assertThat(backend.describe()).isEqualTo("jdbc:postgresql://db/tally?user=url_user&password=***");
        assertThat(backend.toString()).doesNotContain("env_pw").doesNotContain("url_pw");
    }

    @Test
    void theEnvironmentFillsWhatTheUrlLeavesOut() {
        var ds = (org.postgresql.ds.PGSimpleDataSource) Backend.parse("jdbc:postgresql://db/tally",
                Map.of("TALLY_DB_USER", "env_user", "TALLY_DB_PASSWORD", "env_pw")).dataSource();

        assertThat(ds.getUser()).isEqualTo("env_user");
        assertThat(ds.getPassword()).isEqualTo("env_pw");
        assertThat(ds.getReWriteBatchedInserts()).isTrue();
    }
}
