package dev.tally.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.tally.model.Claim;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import dev.tally.model.TimeSpan;
import dev.tally.resolve.IncidentResolver;
import dev.tally.web.ClaimJson;
import dev.tally.web.IncidentLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job on real Spark ({@code local[2]}) over the repository's example articles, as files and as a WARC
 * archive built from them: its claims must be {@code tally extract}'s, byte for byte, and its incidents the
 * single-machine resolver's on the same claims.
 */
class SparkLedgerTest {
    private static final Path SEEDS = Path.of("../examples/seeds");
    private static final Path TALLY_JAR = Path.of("../tally-cli/target/tally.jar");
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("tally spark test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName()).getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void claimsAreTallyExtractsAndIncidentsTheSingleMachineResolvers() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in/articles"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.sorted().toList();
        }
        for (Path seed : seeds) Files.copy(seed, articles.resolve(seed.getFileName()));
        Path warc = Files.createDirectories(dir.resolve("in/archive")).resolve("seeds.warc.gz");
        writeWarc(warc, seeds.stream().filter(p -> p.toString().endsWith(".txt")).toList(), WarcCompression.GZIP);
        Path out = dir.resolve("out");

        LedgerJob.Summary summary = LedgerJob.run(spark, new LedgerJob.Options(
                List.of(articles.toString(), warc.getParent().toString()), out.toString(), Optional.empty(), 20L << 20, true));

        List<String> expected = tallyExtract(articles, warc.getParent());
        assertThat(expected).hasSizeGreaterThan(20);
        List<String> claims = spark.read().parquet(out.resolve("claims").toString()).drop("country", "month")
                .select(functions.to_json(functions.struct("*"), Map.of("ignoreNullFields", "false")))
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
        assertThat(claims).isEqualTo(expected.stream().sorted().toList());
        assertThat(summary.documents()).isEqualTo(10);
        assertThat(summary.claims()).isEqualTo(expected.size());
        assertThat(summary.rejects()).isZero();

        List<String> incidents = readLines(out.resolve("ledger/incidents"));
        assertThat(incidents).isEqualTo(singleMachine(expected, published(readLines(out.resolve("ledger/documents")))));
        assertThat(incidents).anyMatch(line -> new IncidentLines().claims(line).stream().map(IncidentLines.Ref::doc).distinct().count() > 1);
        assertThat(spark.read().parquet(out.resolve("incidents").toString()).count()).isEqualTo(incidents.size());

        // tally load makes the ledger tally ingest makes of the same inputs, and loading again changes nothing
        String loaded = dir.resolve("loaded.db").toString();
        String ingested = dir.resolve("ingested.db").toString();
        assertThat(tally("load", "--db", loaded, out.toString())).isEmpty();
        assertThat(tally("load", "--db", loaded, out.toString())).isEmpty();
        tally("ingest", "--db", ingested, articles.toString(), warc.getParent().toString());
        assertThat(tally("incidents", "--db", loaded, "--format", "jsonl")).isEqualTo(tally("incidents", "--db", ingested, "--format", "jsonl"))
                .hasSize(incidents.size());
        List<String> loadedStats = tally("stats", "--db", loaded);
        List<String> ingestedStats = tally("stats", "--db", ingested);
        assertThat(loadedStats.get(0)).startsWith("ledger: ");   // the one line naming the file
        assertThat(loadedStats.subList(1, loadedStats.size())).isEqualTo(ingestedStats.subList(1, ingestedStats.size()));

        assertThat(spark.read().parquet(out.resolve("documents").toString()).where("format = 'warc' and published is not null").count()).isEqualTo(5);
        Row[] documents = (Row[]) spark.read().parquet(out.resolve("documents").toString()).where("format = 'text'")
                .orderBy("name").select("name", "published", "outlet", "country", "month").collect();
        assertThat(documents).hasSize(5);
        assertThat(documents[1].getString(0)).isEqualTo("001_fb6444753e8d3f0d.txt");
        assertThat(documents[1].getDate(1)).hasToString("2017-06-23");
        assertThat(documents[1].getString(2)).isEqualTo("World Socialist Web Site");
        assertThat(documents[1].getString(4)).isEqualTo("2017-06");
    }

    /** Incidents at the edge of a block: the seeds' claims moved day by day across a week, so events straddle weeks. */
    @Test
    void blocksOverlapSoIncidentsOnAWeeksEdgeResolveAsOnOneMachine() throws Exception {
        Path out = dir.resolve("shifted");
        LedgerJob.run(spark, new LedgerJob.Options(List.of(SEEDS.toString()), out.toString(), Optional.empty(), 20L << 20, true));
        ClaimJson json = new ClaimJson();
        List<Extracted> shifted = new ArrayList<>();
        List<String> allClaims = new ArrayList<>();
        Map<String, Optional<LocalDate>> published = new HashMap<>();
        List<String> ledger = readLines(out.resolve("ledger/documents"));
        for (String line : ledger) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            for (int days = 0; days < 9; days++) {
                String doc = node.get("name").asText() + "~" + days;
                List<String> claims = new ArrayList<>();
                for (var c : node.get("claims")) claims.add(json.line(shift(json.claim(c.toString()), doc, days), Optional.empty()));
                allClaims.addAll(claims);
                String day = node.get("published").isNull() ? null : LocalDate.parse(node.get("published").asText()).plusDays(days).toString();
                shifted.add(new Extracted("x", doc, "sha", "text", day, "iq", Map.of(), "", null, claims, List.of()));
                published.put(doc, Optional.ofNullable(day).map(LocalDate::parse));
            }
        }
        List<String> incidents = LedgerJob.incidents(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(shifted, 3))
                .collect().stream().sorted().toList();
        assertThat(incidents).hasSizeGreaterThan(9);
        assertThat(incidents).isEqualTo(singleMachine(allClaims, published));
    }

    @Test
    void badRecordsBecomeRejectRowsWithTheirReasonAndTheJobFinishes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
        Files.write(in.resolve("scan.txt"), binary);
        Path warc = in.resolve("seeds.warc");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        writeWarc(warc, seeds, WarcCompression.NONE);
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
        Files.writeString(in.resolve("big.txt"), "Shelling went on all night. ".repeat(3000));
        java.io.ByteArrayOutputStream jsonl = new java.io.ByteArrayOutputStream();
        jsonl.writeBytes(("{\"name\":\"market.txt\",\"published\":\"2024-05-06\",\"outlet\":\"Example Wire\",\"text\":"
                + "\"At least 12 civilians were killed on Sunday when a shell hit the market in Idlib, rescuers said.\"}\n").getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes("{\"name\":\"broken.txt\",\"text\":\"Two people died \u00c3\"}\n".getBytes(StandardCharsets.UTF_8));
        jsonl.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        jsonl.writeBytes(("{\"text\":\"" + "a".repeat(70_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes("this is not JSON\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("articles.jsonl"), jsonl.toByteArray());
        Path out = dir.resolve("bad-out");

        LedgerJob.Summary summary = LedgerJob.run(spark, new LedgerJob.Options(List.of(in.toString()), out.toString(), Optional.empty(), 64 * 1024, true));

        Map<String, String> rejects = rejects(out);
        assertThat(rejects.get("scan.txt")).startsWith("binary content, not text");
        assertThat(rejects.get("seeds.warc")).startsWith("truncated WARC after ");
        assertThat(rejects.get("big.txt")).startsWith("file too large: 84,000 bytes");
        assertThat(rejects.get("articles.jsonl#3")).isEqualTo("not valid UTF-8 (JSON Lines are UTF-8)");
        assertThat(rejects.get("articles.jsonl#4")).startsWith("article too large: ");
        assertThat(rejects.get("articles.jsonl#5")).startsWith("not a JSON object");
        assertThat(summary.rejects()).isEqualTo(rejects.size()).isEqualTo(6);
        // what could be read still is: the archive's records before the damage, the good lines
        List<String> names = spark.read().parquet(out.resolve("documents").toString()).select("name")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(names).contains("market.txt", "broken.txt", "https://seeds.example/000_0248060a66e5b8f4.txt");
        assertThat(spark.read().parquet(out.resolve("claims").toString()).where("doc = 'market.txt'").count()).isEqualTo(1);
    }

    private static Claim shift(Claim c, String doc, int days) {
        TimeSpan d = c.date();
        TimeSpan moved = new TimeSpan(d.text(), d.start().map(x -> x.plusDays(days)), d.end().map(x -> x.plusDays(days)));
        return new Claim(doc, c.id(), c.kind(), c.outcome(), c.victims(), c.subgroup(), c.count(), moved, c.place(), c.actor(),
                c.claimant(), c.sentence(), c.evidence(), c.provenance());
    }

    /** The incidents {@link IncidentResolver} makes of all these claims at once, as the job writes them. */
    static List<String> singleMachine(List<String> claimLines, Map<String, Optional<LocalDate>> published) {
        ClaimJson json = new ClaimJson();
        List<StoredClaim> stored = BlockResolution.stored(claimLines.stream().map(json::claim).toList(), published);
        IncidentLines lines = new IncidentLines();
        List<String> out = new ArrayList<>();
        for (IncidentRecord i : new IncidentResolver().resolve(stored)) {
            out.add(lines.line(i, id -> BlockResolution.ref(stored.get((int) id).claim())));
        }
        return out.stream().sorted().toList();
    }

    /** {@code tally extract}'s JSON Lines for these inputs, from the tally command the build made. */
    static List<String> tallyExtract(Path... inputs) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("extract", "--threads", "1"));
        for (Path p : inputs) args.add(p.toString());
        return tally(args.toArray(String[]::new));
    }

    /** What the tally command writes on stdout for these arguments; it must succeed (or only have rejected inputs). */
    static List<String> tally(String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(TALLY_JAR)) fail("no " + TALLY_JAR.toAbsolutePath() + ": build tally-cli first (mvn verify from the root)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TALLY_JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("tally %s", String.join(" ", args)).isIn(0, 3);
        return lines;
    }

    /** Each document's publication day, by name, from the job's document lines. */
    static Map<String, Optional<LocalDate>> published(List<String> documentLines) throws IOException {
        Map<String, Optional<LocalDate>> days = new HashMap<>();
        for (String line : documentLines) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            days.put(node.get("name").asText(), node.get("published").isNull() ? Optional.empty() : Optional.of(LocalDate.parse(node.get("published").asText())));
        }
        return days;
    }

    static List<String> readLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) lines.addAll(Files.readAllLines(part));
        }
        return lines.stream().sorted().toList();
    }

    /**
     * A WARC archive with each article as a news page at https://seeds.example/NAME: an HTML response whose
     * paragraphs are the article's and whose publication time is its date in the seeds' meta.json.
     */
    static void writeWarc(Path file, List<Path> articles, WarcCompression compression) throws IOException {
        var meta = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SEEDS.resolve("meta.json").toFile()).get("documents");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (Path article : articles) {
                String name = article.getFileName().toString();
                StringBuilder page = new StringBuilder("<!doctype html><html><head><meta property=\"article:published_time\" content=\"")
                        .append(meta.get(name).get("published").asText()).append("T09:00:00Z\"></head><body><article>");
                for (String paragraph : Files.readString(article).split("\n\\s*\n")) {
                    page.append("<p>").append(paragraph.strip().replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
                }
                page.append("</article></body></html>");
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        page.toString().getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder("https://seeds.example/" + name)
                        .date(Instant.parse("2017-07-30T08:00:00Z")).body(http).build());
            }
        }
    }

    static Map<String, String> rejects(Path out) {
        Map<String, String> reasons = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("rejects").toString()).collectAsList()) reasons.put(r.getString(0), r.getString(2));
        return reasons;
    }
}
