package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger commands end to end on a real SQLite ledger and the seed articles. */
class LedgerCommandsTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("ledger.db").toString();
    }


    @Test
    void theMosulStrikeOfMarch17IsOneIncidentFromTwoArticles() throws IOException {
        assertThat(CommandRun.of("ingest", "--db", db(), SEEDS.toString()).exitCode()).isEqualTo(0);
        CommandRun run = CommandRun.of("incidents", "--db", db(), "--format", "jsonl", "--country", "IQ", "--from", "2017-03-17", "--to", "2017-03-17");
        List<JsonNode> incidents = run.jsonLines();
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.path("documents")).extracting(JsonNode::asText)
                    .containsExactly("001_fb6444753e8d3f0d.txt", "004_2b2bb0848c1b5462.txt");
            JsonNode killed = i.path("figures").get(0);
            assertThat(killed.path("outcome").asText()).isEqualTo("killed");
            assertThat(killed.path("victims").asText()).isEqualTo("civilian");
            assertThat(killed.path("min").asLong()).isEqualTo(105);
            assertThat(killed.path("max").asLong()).isEqualTo(140);
        });
        String id = incidents.get(0).path("id").asText();
        CommandRun show = CommandRun.of("show", "--db", db(), id);
        assertThat(show.out()).contains("killed (civilian): 105..140").contains("Just one US airstrike on March 17 slaughtered at least 105")
                .contains("(part: family)");
    }

    @Test
    void ingestingTheSameFilesAgainChangesNothing() {
        CommandRun.of("ingest", "--db", db(), SEEDS.toString());
        String first = CommandRun.of("incidents", "--db", db(), "--format", "jsonl").out();
        String claims = CommandRun.of("claims", "--db", db()).out();
        CommandRun again = CommandRun.of("ingest", "--db", db(), SEEDS.toString());
        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.err()).contains("documents 5 (unchanged 5)");
        assertThat(CommandRun.of("incidents", "--db", db(), "--format", "jsonl").out()).isEqualTo(first);
        assertThat(CommandRun.of("claims", "--db", db()).out()).isEqualTo(claims);
        String totals = CommandRun.of("claims", "--db", db(), "--kind", "aggregate").out();
        assertThat(totals.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"kind\":\"aggregate\"").contains("\"incident\":null"));
    }

    @Test
    void badInputsAreRejectedWithTheirReasonAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("empty-page.html"), "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        Files.writeString(in.resolve("broken.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Strike kills 5", StandardCharsets.UTF_8);
        Files.write(in.resolve("cut.warc"), "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(in.resolve("good.txt"), "A US air strike killed at least 12 civilians in Mosul on Monday, Reuters reported.");
        CommandRun run = CommandRun.of("ingest", "--db", db(), "--published", "2015-12-22", in.toString());
        assertThat(run.exitCode()).isEqualTo(Tally.SOME_REJECTED);
        assertThat(run.err()).contains("[empty-page.html] rejected:").contains("[broken.xml] rejected:").contains("[cut.warc")
                .contains("rejected 3");
        CommandRun stats = CommandRun.of("stats", "--db", db());
        assertThat(stats.out()).contains("documents: 4").containsPattern("rejected\\s+3").contains("killed     1");
    }

    @Test
    void everyUnreadableInputIsKeptAsItsOwnRejectAndOnlyOnce() {
        String a = dir.resolve("missing-a.txt").toString();
        String b = dir.resolve("missing-b.txt").toString();
        CommandRun first = CommandRun.of("ingest", "--db", db(), a, b);
        assertThat(first.exitCode()).isEqualTo(Tally.SOME_REJECTED);
        assertThat(first.err()).contains("[missing-a.txt] rejected:").contains("[missing-b.txt] rejected:");
        assertThat(CommandRun.of("stats", "--db", db()).out()).containsPattern("rejected\\s+2");
        CommandRun again = CommandRun.of("ingest", "--db", db(), a, b);
        assertThat(again.err()).contains("documents 2 (unchanged 2)");
        assertThat(CommandRun.of("stats", "--db", db()).out()).contains("documents: 2");
    }

    @Test
    void exportsNameTheirColumnsAsAcledAndUcdpDo() {
        CommandRun.of("ingest", "--db", db(), SEEDS.toString());
        String acled = CommandRun.of("export", "--db", db(), "--format", "acled").out();
        assertThat(acled.lines().findFirst().orElseThrow()).contains("event_date", "location", "latitude", "longitude", "geo_precision",
                "actor1", "fatalities", "notes", "source");
        assertThat(acled).contains("2017-03-17").contains("Ammar Johmani Magazine");
        assertThat(acled.lines().filter(r -> r.startsWith("iq-2017-03-17-"))).singleElement().satisfies(r -> assertThat(r)
                .startsWith("iq-2017-03-17-al-jadida-mosul-1,2017-03-17,2017,1,Political violence,Explosions/Remote violence,"
                        + "Air/drone strike,United States,Civilian targeting,Iraq,,").endsWith(",105,reviewed"));
        String ucdp = CommandRun.of("export", "--db", db(), "--format", "ucdp").out();
        assertThat(ucdp.lines().findFirst().orElseThrow()).contains("date_start", "date_end", "where_coordinates", "where_prec",
                "best", "low", "high", "deaths_civilians", "source_article");
        assertThat(ucdp.lines().filter(r -> r.startsWith("iq-2017-03-17-"))).singleElement().satisfies(r -> assertThat(r)
                .contains(",2017,United States,2,").contains(",Iraq,1,2017-03-17,2017-03-17,,,105,0,105,140,105,reviewed"));
        assertThat(CommandRun.of("incidents", "--db", db(), "--format", "geojson").out()).startsWith("{\"type\":\"FeatureCollection\"");
        assertThat(CommandRun.of("export", "--db", db(), "--format", "geojson").out()).startsWith("{\"type\":\"FeatureCollection\"");
    }

    @Test
    void anUnknownIncidentIsAClearError() {
        CommandRun.of("ingest", "--db", db(), SEEDS.toString());
        CommandRun run = CommandRun.of("show", "--db", db(), "no-such-id");
        assertThat(run.exitCode()).isEqualTo(Tally.FAILURE);
        assertThat(run.err()).contains("[no-such-id] no such incident");
    }
}
