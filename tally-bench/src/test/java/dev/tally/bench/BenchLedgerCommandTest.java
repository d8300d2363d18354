package dev.tally.bench;

import dev.tally.cli.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tally-bench ledger} end to end on a small SQLite ledger: what it reports, not how fast. */
class BenchLedgerCommandTest {
    private static final String SEEDS = Path.of("..", "examples", "seeds").toString();

    @TempDir
    Path dir;

    @Test
    void ingestsResolvesAndReportsThenRefusesALedgerThatIsNotEmpty() {
        String db = dir.resolve("bench.db").toString();
        CommandRun run = CommandRun.of("ledger", "--db", db, "--documents", "40", "--no-extract", "--examples", SEEDS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Tally.OK);
        assertThat(run.out()).contains("ingest      40 documents, ").contains("resolution  ").contains("database    ").contains("heap        max ");
        assertThat(run.out().lines().filter(l -> l.matches("\\s+\\d+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d,]+ .*"))).hasSize(3);
        assertThat(CommandRun.tally("stats", "--db", db).out()).contains("40");

        CommandRun again = CommandRun.of("ledger", "--db", db, "--documents", "5", "--examples", SEEDS);
        assertThat(again.exitCode()).isEqualTo(Tally.USAGE);
        assertThat(again.err()).contains("the benchmark needs an empty ledger; it holds 40 documents");
    }
}
