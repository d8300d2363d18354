package dev.tally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger that cannot be used is one line naming it and why, never a stack trace or a new empty ledger. */
class LedgerErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aReadingCommandRefusesALedgerThatIsNotThereAndCreatesNone() {
        Path missing = dir.resolve("typo/ledger.db");
        for (String command : new String[] {"stats", "incidents", "claims", "export"}) {
            CommandRun run = command.equals("export")
                    ? CommandRun.of(command, "--db", missing.toString(), "--format", "acled")
                    : CommandRun.of(command, "--db", missing.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(Tally.FAILURE);
            assertThat(run.err()).as(command).isEqualTo("tally " + command + ": [" + missing + "] no ledger there; "
                    + "only 'tally ingest' creates one (is --db right?)\n");
        }
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void aFolderIsNoLedger() {
        CommandRun run = CommandRun.of("ingest", "--db", dir.toString(), "../examples/seeds");
        assertThat(run.exitCode()).isEqualTo(Tally.FAILURE);
        assertThat(run.err()).isEqualTo("tally ingest: db must be a file, not a folder; got " + dir + "\n");
    }

    @Test
    void aFileThatIsNoDatabaseIsNamedInOneLineAndTheTraceIsForVerbose() throws IOException {
        Path corrupt = Files.writeString(dir.resolve("corrupt.db"), "this is not a SQLite database, only text\n".repeat(200));
        CommandRun run = CommandRun.of("stats", "--db", corrupt.toString());
        assertThat(run.exitCode()).isEqualTo(Tally.FAILURE);
        assertThat(run.err()).startsWith("tally stats: [" + corrupt + "] cannot open the ledger: ")
                .contains("not a database").doesNotContain("\tat ").hasLineCount(1);

        CommandRun verbose = CommandRun.of("stats", "--db", corrupt.toString(), "--verbose");
        assertThat(verbose.err()).contains("\tat dev.tally.store.");
    }

    @Test
    void aRefusedPostgresqlServerIsOneLine() {
        CommandRun run = CommandRun.of("stats", "--db", "jdbc:postgresql://127.0.0.1:1/tally");
        assertThat(run.exitCode()).isEqualTo(Tally.FAILURE);
        assertThat(run.err()).startsWith("tally stats: [jdbc:postgresql://127.0.0.1:1/tally] cannot open the ledger: ")
                .hasLineCount(1);
    }

    @Test
    void aPortInUseIsOneLine() throws IOException {
        String db = dir.resolve("ledger.db").toString();
        CommandRun.of("ingest", "--db", db, "../examples/seeds");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of("serve", "--db", db, "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(Tally.FAILURE);
            assertThat(run.err()).startsWith("tally serve: ").contains(String.valueOf(taken.getLocalPort())).hasLineCount(1);
        }
    }
}
