package dev.tally.spark;

import dev.tally.ingest.DocumentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * {@code tally spark} and the spark-submit entry point: {@code [--master M] [--meta FILE] [--max-bytes N] [--no-incidents] INPUT... OUT}
 * ({@code --no-incidents}: documents, rejects and claims only, to measure the extract stage).
 * Inputs and output are any paths Hadoop reads and writes ({@code file:}, {@code hdfs:}, {@code s3a:} ...).
 * Exit codes as the tally command: 0 ok, 1 failure, 2 usage, 3 done but some inputs were rejected.
 */
public final class TallySpark {
    private static final String USAGE = "usage: tally spark [--master local[*]] [--meta FILE] [--max-bytes N] [--no-incidents] INPUT... OUT";

    private TallySpark() {
    }

    public static void main(String[] args) {
        Optional<String> master = Optional.empty();
        Optional<String> meta = Optional.empty();
        long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;
        boolean resolve = true;
        List<String> paths = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = Optional.of(args[++i]);
                    case "--meta" -> meta = Optional.of(args[++i]);
                    case "--max-bytes" -> maxBytes = Long.parseLong(args[++i]);
                    case "--no-incidents" -> resolve = false;
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> {
                        if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                        paths.add(args[i]);
                    }
                }
            }
            if (paths.size() < 2) throw new IllegalArgumentException("give at least one INPUT and the OUT folder");
        } catch (RuntimeException e) {
            System.err.println("tally spark: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("tally spark");
        master.ifPresent(builder::master);
        if (master.filter(m -> m.startsWith("local")).isPresent()) {
            builder.config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
        }
        int code;
        SparkSession spark = builder.getOrCreate();
        try {
            LedgerJob.Summary s = LedgerJob.run(spark, new LedgerJob.Options(paths.subList(0, paths.size() - 1),
                    paths.get(paths.size() - 1), meta, maxBytes, resolve));
            s.problems().forEach(p -> System.err.println("meta: " + p));
            System.err.printf(Locale.ROOT, "tally spark: %,d files: %,d documents, %,d claims, %,d rejected, %,d incidents -> %s%n",
                    s.files(), s.documents(), s.claims(), s.rejects(), s.incidents(), paths.get(paths.size() - 1));
            StringBuilder times = new StringBuilder();
            s.stageSeconds().forEach((stage, secs) -> times.append(String.format(Locale.ROOT, " %s %.1f s;", stage, secs)));
            System.err.println("tally spark: stages:" + times);
            code = s.rejects() > 0 ? 3 : 0;
        } catch (RuntimeException e) {
            System.err.println("tally spark: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }
}
