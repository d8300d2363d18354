package dev.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on SQLite files in a temporary folder, and what is SQLite's own. */
class SqliteLedgerTest extends LedgerContract implements ReviewsContract {
    @TempDir
    Path dir;
    private int databases;

    @Override
    public String newDatabase() {
        return dir.resolve("ledger-" + databases++ + ".db").toString();
    }

    @Test
    void opensInFoldersItCreatesWithWalJournalAndForeignKeys() throws SQLException {
        Path file = dir.resolve("a/b/c/ledger.db");
        try (Ledger ledger = Ledger.open(file.toString())) {
            assertThat(ledger.location()).isEqualTo(file.toString());
        }
        assertThat(file).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(single(c, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")).isEqualTo("5");
        }
    }

    @Test
    void connectionsEnforceForeignKeysAndWaitWhenBusy() throws SQLException {
        Backend backend = Backend.parse(newDatabase(), Map.of());
        try (Connection c = backend.dataSource().getConnection()) {
            assertThat(single(c, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(single(c, "PRAGMA busy_timeout")).isEqualTo("10000");
            assertThat(single(c, "PRAGMA synchronous")).isEqualTo("1"); // NORMAL
        }
    }

    @Test
    void aFileThatIsNotALedgerFailsAtOpenNamingIt() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "these are my notes, not a database\n".repeat(200));

        assertThatThrownBy(() -> Ledger.open(notes.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("[" + notes + "] cannot open the ledger: ");
        assertThat(Files.readString(notes)).startsWith("these are my notes");
    }

    @Test
    void aFolderIsNotALedger() {
        assertThatThrownBy(() -> Ledger.open(dir.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db must be a file, not a folder; got " + dir);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
