package dev.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL in the middle of a batch: the SQLite ledger must hold every
 * document it committed, each with all its claims, nothing half-stored, and a re-run must finish the batch.
 */
class CrashTest {
    private static final int DOCUMENTS = 1_000;
    private static final int KILL_AFTER = 100;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesEveryDocumentWholeOrAbsentAndARerunFinishes() throws IOException, InterruptedException, SQLException {
        Path db = dir.resolve("ledger.db");
        Path stderr = dir.resolve("child.err");
        Set<String> committed = killChildMidBatch(db, stderr);
        assertThat(committed).as("the child's stderr: %s", Files.readString(stderr)).hasSize(KILL_AFTER);

        int survived;
        try (Ledger ledger = Ledger.open(db.toString())) {
            List<StoredDocument> documents = ledger.documents();
            survived = documents.size();
            System.out.printf("killed after %d commits were reported; the ledger held %d documents%n", KILL_AFTER, survived);
            assertThat(survived).isBetween(KILL_AFTER, DOCUMENTS - 1);
            assertThat(documents).extracting(StoredDocument::name).containsAll(committed);
            for (StoredDocument d : documents) {
                int expected = Fixtures.generatedClaimCount(index(d.name()));
                assertThat(d.claims()).as(d.name()).isEqualTo(expected);
                assertThat(ledger.claims(d.id())).as(d.name()).hasSize(expected);
            }
        }
        assertThat(integrityCheck(db)).isEqualTo("ok");

        int stored = CrashBatch.run(db.toString(), DOCUMENTS, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(stored).isEqualTo(DOCUMENTS - survived);
        try (Ledger ledger = Ledger.open(db.toString())) {
            List<StoredDocument> documents = ledger.documents();
            assertThat(documents).hasSize(DOCUMENTS);
            assertThat(documents).allSatisfy(d -> assertThat(d.claims()).isEqualTo(Fixtures.generatedClaimCount(index(d.name()))));
        }
    }

    /** Starts {@link CrashBatch} in a child JVM, reads what it committed, and kills it after {@link #KILL_AFTER} documents. */
    private static Set<String> killChildMidBatch(Path db, Path stderr) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashBatch.class.getName(),
                db.toString(), String.valueOf(DOCUMENTS))
                .redirectError(stderr.toFile())
                .start();
        Set<String> committed = new HashSet<>();
        try (BufferedReader out = child.inputReader()) {
            String line;
            while (committed.size() < KILL_AFTER && (line = out.readLine()) != null) committed.add("batch-" + line + ".txt");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close; the child is usually inside its next transaction
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        return committed;
    }

    private static int index(String name) {
        return Integer.parseInt(name.substring("batch-".length(), name.length() - ".txt".length()));
    }

    private static String integrityCheck(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
