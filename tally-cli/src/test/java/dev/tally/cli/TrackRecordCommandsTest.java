package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tally outlets} and {@code tally documents} on a real SQLite ledger of the seed articles: the
 * March 17 Mosul strike is reported by two outlets, one quoting the UN's 140 dead and one giving 105.
 */
class TrackRecordCommandsTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private static final String MOSUL = "iq-2017-03-17-al-jadida-mosul-1";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("ledger.db").toString();
    }


    @BeforeEach
    void ingestSeeds() {
        assertThat(CommandRun.of("ingest", "--db", db(), SEEDS.toString()).exitCode()).isEqualTo(0);
    }

    @Test
    void eachOutletsFiguresStandBesideTheOtherSources() {
        CommandRun run = CommandRun.of("outlets", "--db", db(), "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(0);
        List<JsonNode> outlets = run.jsonLines();
        assertThat(outlets).extracting(o -> o.path("outlet").asText())
                .containsExactly("Ammar Johmani Magazine (wire report)", "World Socialist Web Site");
        JsonNode wire = outlets.get(0), wsws = outlets.get(1);
        assertThat(wire.path("documents").asInt()).isEqualTo(1);
        assertThat(wsws.path("documents").asInt()).isEqualTo(4);
        assertThat(wire.path("above").get(0).asText()).isEqualTo(MOSUL);
        assertThat(wsws.path("below").get(0).asText()).isEqualTo(MOSUL);
        assertThat(wsws.path("checks").get(0).path("reason").asText())
                .isEqualTo("killed 105 where 1 other source (united nations) gives 140 [" + MOSUL + "]");
        assertThat(wire.path("first").asInt()).isEqualTo(1);
        assertThat(wsws.path("medianDelayDays").asDouble()).isEqualTo(85.0);
    }

    @Test
    void everyDocumentHasAScoreWithItsReasonsOrSaysWhyNot() {
        List<JsonNode> docs = CommandRun.of("documents", "--db", db(), "--format", "jsonl").jsonLines();
        assertThat(docs).hasSize(5);
        JsonNode report = docs.stream().filter(d -> d.path("name").asText().startsWith("001_")).findFirst().orElseThrow();
        assertThat(report.path("consistency").path("score").asDouble()).isBetween(0.66, 0.67);
        assertThat(report.path("consistency").path("reasons").get(0).asText()).startsWith("killed 105 where");
        JsonNode alone = docs.stream().filter(d -> d.path("name").asText().startsWith("000_")).findFirst().orElseThrow();
        assertThat(alone.path("consistency").path("score").isNull()).isTrue();
        assertThat(alone.path("consistency").path("reasons").get(0).asText()).startsWith("nothing to compare");

        String csv = CommandRun.of("documents", "--db", db(), "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("id,name,outlet,published,status,claims,score,compared,reasons");
        assertThat(csv.lines().filter(l -> l.contains("001_fb6444753e8d3f0d.txt")).findFirst().orElseThrow()).contains(",0.66667,");
    }
}
