package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");


    @Test
    void writesClaimsInTheClaimFormat() throws IOException {
        CommandRun run = CommandRun.of("extract", "--meta", SEEDS.resolve("meta.json").toString(), SEEDS.resolve("000_0248060a66e5b8f4.txt").toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        List<JsonNode> claims = run.jsonLines();
        assertThat(claims).isNotEmpty();
        assertThat(claims.get(0).path("sentence").asText()).isEqualTo("US air strike kills 12 Iraqi civilians"); // the headline's own claim
        JsonNode first = claims.get(1);
        assertThat(first.fieldNames()).toIterable().contains("doc", "id", "kind", "outcome", "victims", "subgroup", "count",
                "date", "place", "actor", "claimant", "sentence", "incident");
        assertThat(first.path("doc").asText()).isEqualTo("000_0248060a66e5b8f4.txt");
        assertThat(first.path("count").path("phrase").asText()).isEqualTo("at least 12");
        assertThat(first.path("count").path("min").asLong()).isEqualTo(12);
        assertThat(first.path("count").path("max").isNull()).isTrue();
        assertThat(first.path("sentence").asText()).startsWith("US air strikes against Mosul killed at least 12 civilians");
        assertThat(first.path("provenance").asText()).isEqualTo("claims/3");
    }

    @Test
    void aBadFileIsNamedAndTheRestGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "A US air strike killed at least 12 civilians in Mosul on Monday.", StandardCharsets.UTF_8);
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("d-huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        CommandRun run = CommandRun.of("extract", dir.toString());
        assertThat(run.exitCode()).isEqualTo(Tally.SOME_REJECTED);
        assertThat(run.err()).contains("[b-empty.txt] rejected: empty file").contains("[c-binary.txt] rejected:")
                .contains("[d-huge.txt] rejected:");
        assertThat(run.jsonLines()).singleElement().satisfies(c -> assertThat(c.path("doc").asText()).isEqualTo("a-good.txt"));
    }

    @Test
    void severalThreadsWriteWhatOneWritesInTheSameOrder(@TempDir Path dir) throws IOException {
        // enough articles that several wait in the window at once: the seeds, each copied under 12 names
        for (int copy = 0; copy < 12; copy++) {
            for (Path seed : Files.newDirectoryStream(SEEDS, "*.txt")) {
                Files.copy(seed, dir.resolve(copy + "-" + seed.getFileName()));
            }
        }
        CommandRun one = CommandRun.of("extract", "--threads", "1", "--published", "2017-03-20", dir.toString());
        CommandRun three = CommandRun.of("extract", "--threads", "3", "--published", "2017-03-20", dir.toString());

        assertThat(one.exitCode()).isEqualTo(0);
        assertThat(one.out().lines().count()).isGreaterThan(100);
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(CommandRun.of("extract", "--threads", "0", dir.toString()).exitCode()).isEqualTo(Tally.USAGE);
    }

    @Test
    void aFileTooBigForTheHeapIsRejectedByNameAndTheBatchGoesOn(@TempDir Path dir) throws IOException, InterruptedException {
        Files.copy(SEEDS.resolve("000_0248060a66e5b8f4.txt"), dir.resolve("a-seed.txt"));
        String paragraph = Files.readString(SEEDS.resolve("001_fb6444753e8d3f0d.txt")) + "\n\n";
        Files.writeString(dir.resolve("b-huge.txt"), paragraph.repeat(8_000_000 / paragraph.length()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                Tally.class.getName(), "extract", "--max-bytes", "60000000", "--published", "2015-12-22", dir.toString())
                .redirectOutput(dir.resolve("out.jsonl").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();

        assertThat(child.waitFor()).isEqualTo(Tally.SOME_REJECTED);
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("[b-huge.txt] rejected: too large for this JVM's heap")
                .doesNotContain("OutOfMemoryError");
        assertThat(Files.readString(dir.resolve("out.jsonl"))).contains("\"doc\":\"a-seed.txt\"");
    }

    @Test
    void tableFormatIsReadable() {
        CommandRun run = CommandRun.of("extract", "--format", "table", SEEDS.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("DOC").contains("at least 105").containsPattern("\\d+ claims\\n$");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun run = CommandRun.of("extract", "--published", "not-a-date", "x.txt");
        assertThat(run.exitCode()).isEqualTo(Tally.USAGE);
        assertThat(run.err()).contains("--published").contains("not-a-date");
        assertThat(CommandRun.of("extract").exitCode()).isEqualTo(Tally.USAGE);
    }
}
