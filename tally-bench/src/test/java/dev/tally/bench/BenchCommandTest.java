package dev.tally.bench;

import dev.tally.cli.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tally-bench extract} and {@code large} on the example articles: what they report, not how fast. */
class BenchCommandTest {
    private static final String SEEDS = Path.of("..", "examples", "seeds").toString();

    @Test
    void reportsTheWholeStageTheFiguresAloneAndTheHeap() {
        CommandRun run = CommandRun.of("extract", "--warmup", "1", "--warmup-limit", "6", "--rounds", "2", "--threads", "2", SEEDS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Tally.OK);
        assertThat(run.out()).contains("articles: 5, ");
        assertThat(run.out().lines().filter(l -> l.matches("(1 thread|2 threads|figures only, 1 thread) +[\\d.]+ MB/s +\\d+ articles/s .*")))
                .hasSize(3);
        assertThat(run.out()).containsPattern("2 threads .*, [\\d.]+ MB/s a thread; (steady|NOT steady) after \\d+ warm-up passes\\)");
        assertThat(run.out()).containsPattern("whole stage runs at \\d+% of the figures-only speed").contains("peak heap: ");
    }

    @Test
    void aWarmUpLimitBelowItsLeastIsAUsageError() {
        CommandRun run = CommandRun.of("extract", "--warmup", "10", "--warmup-limit", "5", SEEDS);

        assertThat(run.exitCode()).isEqualTo(Tally.USAGE);
        assertThat(run.err()).contains("--warmup-limit must be >= --warmup (10); got 5");
    }

    @Test
    void largeReportsTheRateOfEachArticleSizeBuiltFromTheFolder() {
        CommandRun run = CommandRun.of("large", "--sizes", "1", SEEDS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Tally.OK);
        assertThat(run.out()).containsPattern("  1 MB article: +[\\d.]+ s, +[\\d.]+ MB/s, [\\d,]+ claims").contains("peak heap: ");
    }

    @Test
    void aFolderWithNoArticlesIsAUsageError(@TempDir Path empty) {
        CommandRun run = CommandRun.of("extract", empty.toString());

        assertThat(run.exitCode()).isEqualTo(Tally.USAGE);
        assertThat(run.err()).contains(empty.toString()).contains("no .txt articles");
    }
}
