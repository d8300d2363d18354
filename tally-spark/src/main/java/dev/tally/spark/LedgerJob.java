package dev.tally.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.substring_index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.web.ClaimJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The ledger from a year of news on a Spark cluster: the same readers, extractor and resolver as
 * {@code tally ingest}, run in parallel. Writes under {@code out}:
 * <pre>
 *   claims/      Parquet, the claim format's fields (docs/CLAIMS.md), partitioned by country and month
 *   documents/   Parquet, one row per accepted document (no text), partitioned by country and month
 *   rejects/     Parquet, one row per rejected input with its reason
 *   incidents/   Parquet, incidents with claims named by (doc, id), partitioned by country and month
 *   ledger/documents/, ledger/incidents/   JSON Lines of the same, with the text: what {@code tally load} reads
 * </pre>
 * Stages are named in the Spark UI (job descriptions), and the accumulators {@code documents}, {@code claims}
 * and {@code rejects} count as the extract stage goes.
 */
public final class LedgerJob {
    /**
     * What to read and where to write; {@code meta} is a sidecar for every input, as {@code --meta} of ingest;
     * without {@code resolve} no incidents are written (to measure the extract stage alone).
     */
    public record Options(List<String> inputs, String out, Optional<String> meta, long maxBytes, boolean resolve) {
    }

    /** What the job did; {@code problems} are the sidecars' (a bad date in meta.json), each naming its document. */
    public record Summary(int files, long documents, long claims, long rejects, long incidents, List<String> problems,
                          Map<String, Double> stageSeconds) {
    }

    /** Names the jobs the next actions start, in the Spark UI, and times each such stage on the driver. */
    private static final class Stages {
        private final JavaSparkContext sc;
        private final Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        private String current;
        private long started;

        Stages(JavaSparkContext sc) {
            this.sc = sc;
        }

        void start(String name, String description) {
            end();
            current = name;
            started = System.nanoTime();
            sc.setJobGroup("tally-" + name, "tally spark: " + description, false);
            sc.setJobDescription("tally spark: " + description);
            sc.sc().setCallSite("tally " + name);
        }

        Map<String, Double> end() {
            if (current != null) seconds.put(current, (System.nanoTime() - started) / 1e9);
            current = null;
            return seconds;
        }
    }

    private static final StructType DOCUMENT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, false),
            DataTypes.createStructField("format", DataTypes.StringType, false),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("outlet", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("chars", DataTypes.IntegerType, false),
            DataTypes.createStructField("claims", DataTypes.IntegerType, false),
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("country", DataTypes.StringType, false),
            DataTypes.createStructField("month", DataTypes.StringType, false)));
    private static final StructType REJECT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false),
            DataTypes.createStructField("input", DataTypes.StringType, false)));
    private static final StructType CLAIM_LINE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("json", DataTypes.StringType, false),
            DataTypes.createStructField("day", DataTypes.StringType, true)));
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerJob() {
    }

    public static Summary run(SparkSession spark, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        String out = options.out();
        Stages stages = new Stages(sc);

        stages.start("list", "list inputs and read sidecars");
        InputListing.Listing listing = InputListing.list(options.inputs(), options.meta(), conf);
        Broadcast<Map<String, byte[]>> sidecars = sc.broadcast(listing.sidecars());
        Broadcast<SerializableWritable<Configuration>> hadoop = sc.broadcast(new SerializableWritable<>(conf));
        PartitionExtraction.Counters counters = new PartitionExtraction.Counters(sc.sc().longAccumulator("documents"),
                sc.sc().longAccumulator("claims"), sc.sc().longAccumulator("rejects"));
        long maxBytes = options.maxBytes();
        int slices = Math.max(1, Math.min(listing.files().size(), sc.defaultParallelism() * 4));
        JavaRDD<Extracted> extracted = sc.parallelize(listing.files(), slices)
                .mapPartitions(files -> new PartitionExtraction(files, hadoop.value().value(), sidecars.value(), maxBytes, counters))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Extracted> accepted = extracted.filter(e -> !e.rejected());

        stages.start("extract", "read " + listing.files().size() + " files, extract claims, write documents");
        partitioned(spark.createDataFrame(accepted.map(LedgerJob::documentRow), DOCUMENT)).parquet(out + "/documents");

        stages.start("rejects", "write rejects");
        spark.createDataFrame(extracted.filter(Extracted::rejected).map(e -> RowFactory.create(e.name(), e.sha256(), e.reason(), e.input())), REJECT)
                .write().mode(SaveMode.Overwrite).parquet(out + "/rejects");

        stages.start("claims", "write claims");
        Dataset<Row> lines = spark.createDataFrame(accepted.flatMap(e -> e.claims().stream().map(c -> RowFactory.create(c, e.published())).iterator()), CLAIM_LINE);
        partitioned(lines.select(from_json(col("json"), Schemas.CLAIM).as("c"), col("day")).select(col("c.*"),
                        coalesce(lower(col("c.place.country")), lit("none")).as("country"),
                        coalesce(date_format(col("c.date.start"), "yyyy-MM"), substring(col("day"), 1, 7), lit("undated")).as("month")))
                .parquet(out + "/claims");

        stages.start("ledger", "write ledger JSON Lines for tally load");
        spark.createDataset(extracted.map(LedgerJob::ledgerLine).rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite)
                .text(out + "/ledger/documents");

        if (!options.resolve()) {
            extracted.unpersist();
            return new Summary(listing.files().size(), counters.documents().value(), counters.claims().value(), counters.rejects().value(),
                    0, listing.problems(), stages.end());
        }
        stages.start("resolve", "resolve incidents per country and week");
        JavaRDD<String> incidents = incidents(accepted).persist(StorageLevel.MEMORY_AND_DISK_SER());
        spark.createDataset(incidents.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/ledger/incidents");
        stages.start("incidents", "write incidents");
        Dataset<Row> incidentRows = spark.createDataset(incidents.rdd(), Encoders.STRING()).toDF("json")
                .select(from_json(col("json"), Schemas.INCIDENT).as("i")).select("i.*");
        partitioned(incidentRows.withColumn("country", coalesce(lower(col("place.country")), substring_index(col("key"), "-", 1)))
                .withColumn("month", coalesce(date_format(col("date.start"), "yyyy-MM"), lit("undated"))))
                .parquet(out + "/incidents");
        stages.start("count", "count incidents");
        long incidentCount = incidents.count();
        extracted.unpersist();
        incidents.unpersist();
        return new Summary(listing.files().size(), counters.documents().value(), counters.claims().value(), counters.rejects().value(),
                incidentCount, listing.problems(), stages.end());
    }

    /**
     * Incidents at scale: each document's incident claims go to the blocks of their country and week and the
     * weeks either side; each block is resolved by the single-machine resolver and keeps the incidents it owns;
     * keys are numbered across blocks as the resolver numbers them.
     */
    static JavaRDD<String> incidents(JavaRDD<Extracted> accepted) {
        JavaPairRDD<String, DocClaims> byBlock = accepted.flatMapToPair(e -> {
            ClaimJson json = new ClaimJson();
            List<String> lines = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            for (String line : e.claims()) {
                Claim c = json.claim(line);
                if (c.kind() == ClaimKind.INCIDENT) {
                    lines.add(line);
                    claims.add(c);
                }
            }
            List<Tuple2<String, DocClaims>> out = new ArrayList<>();
            if (claims.isEmpty()) return out.iterator();
            DocClaims doc = new DocClaims(e.name(), e.published(), lines);
            Optional<LocalDate> day = Optional.ofNullable(e.published()).map(LocalDate::parse);
            for (String block : BlockKeys.documentBlocks(BlockKeys.claimBlocks(claims, day).values())) out.add(new Tuple2<>(block, doc));
            return out.iterator();
        });
        return byBlock.groupByKey()
                .flatMap(block -> BlockResolution.resolve(block._1(), block._2()).iterator())
                .mapToPair(owned -> new Tuple2<>(owned.prefix(), owned))
                .groupByKey()
                .flatMap(prefix -> BlockResolution.renumber(prefix._2()).iterator());
    }

    /**
     * A table written in folders by country and month, each folder by one task: a file per folder, not one per
     * folder and task (on a local file system each new file costs Hadoop a process to set its permissions).
     */
    private static org.apache.spark.sql.DataFrameWriter<Row> partitioned(Dataset<Row> rows) {
        return rows.repartition(rows.sparkSession().sparkContext().defaultParallelism(), col("country"), col("month")).write().mode(SaveMode.Overwrite).partitionBy("country", "month");
    }

    private static Row documentRow(Extracted e) {
        String month = e.published() == null ? "undated" : e.published().substring(0, 7);
        return RowFactory.create(e.name(), e.sha256(), e.format(), e.published() == null ? null : Date.valueOf(e.published()),
                e.meta().get("outlet"), e.meta().get("url"), e.text().length(), e.claims().size(), e.input(), e.country(), month);
    }

    /** One document for {@code tally load}: what a ledger stores of it, with its claims and diagnostics. */
    static String ledgerLine(Extracted e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", e.name());
        o.put("sha256", e.sha256());
        if (e.rejected()) {
            o.put("reason", e.reason());
            return o.toString();
        }
        o.put("format", e.format());
        o.put("published", e.published());
        ObjectNode meta = o.putObject("meta");
        e.meta().forEach(meta::put);
        o.put("text", e.text());
        try {
            ArrayNode claims = o.putArray("claims");
            for (String c : e.claims()) claims.add(JSON.readTree(c));
            ArrayNode diagnostics = o.putArray("diagnostics");
            for (String d : e.diagnostics()) diagnostics.add(JSON.readTree(d));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return o.toString();
    }
}
