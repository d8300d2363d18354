package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold over a whole ledger of real war reporting: no claim of one event spans more than a year (that is a
 * war's length or a duration, so a total), and no total founds or joins an incident. Run on the example articles, and on
 * the FA-KES articles where the team's evaluation material sits beside the project (it is never copied into it), or on
 * any folder named by the {@code tally.corpus} system property.
 */
class CorpusInvariantsTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "seeds");
    private static final Path FAKES = Path.of("..", "..", "shared", "dev", "fakes-syria-articles");
    private static final int YEAR_DAYS = 366;

    @TempDir
    Path dir;

    @Test
    void theExampleArticles() {
        assertInvariants(EXAMPLES, List.of());
    }

    @Test
    void theFakesArticlesOrAnotherCorpus() {
        Path corpus = Path.of(System.getProperty("tally.corpus", FAKES.toString()));
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("docs")), "no corpus at " + corpus.toAbsolutePath().normalize());
        Path meta = corpus.resolve("meta.json");
        assertInvariants(corpus.resolve("docs"), Files.exists(meta) ? List.of("--meta", meta.toString()) : List.of());
    }

    private void assertInvariants(Path docs, List<String> meta) {
        String db = dir.resolve("ledger.db").toString();
        List<String> ingest = new java.util.ArrayList<>(List.of("ingest", "--db", db));
        ingest.addAll(meta);
        ingest.add(docs.toString());
        assertThat(CommandRun.of(ingest.toArray(String[]::new)).exitCode()).isIn(0, 3);
        List<JsonNode> claims = CommandRun.of("claims", "--db", db, "--format", "jsonl").jsonLines();
        assertThat(claims).isNotEmpty();
        List<String> longEvents = claims.stream().filter(c -> c.path("kind").asText().equals("incident") && spanDays(c) > YEAR_DAYS)
                .map(c -> c.path("doc").asText() + ": " + c.path("sentence").asText()).toList();
        List<String> joinedTotals = claims.stream().filter(c -> c.path("kind").asText().equals("aggregate") && !c.path("incident").isNull())
                .map(c -> c.path("doc").asText() + ": " + c.path("sentence").asText()).toList();
        assertThat(longEvents).as("incident claims dated by a span of more than a year").isEmpty();
        assertThat(joinedTotals).as("totals in an incident").isEmpty();
    }

    private static long spanDays(JsonNode claim) {
        JsonNode date = claim.path("date");
        if (date.path("start").isNull() || date.path("end").isNull() || date.path("start").isMissingNode()) return 0;
        return ChronoUnit.DAYS.between(LocalDate.parse(date.path("start").asText()), LocalDate.parse(date.path("end").asText()));
    }
}
