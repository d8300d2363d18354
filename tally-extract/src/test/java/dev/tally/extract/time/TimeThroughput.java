package dev.tally.extract.time;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark command, not a test: throughput of {@link TimeExpressionFinder} and
 * {@link PublicationDateFinder} over a directory of text files, in MB of file bytes per second of
 * wall time and of this thread's CPU time (the CPU figure is steadier on a shared machine).
 * Each document is resolved against the date its dateline gives, or none. Run:
 *
 * <pre>
 * mvn -o -q -pl tally-extract -am test-compile
 * java -cp tally-extract/target/classes:tally-extract/target/test-classes:tally-model/target/classes \
 *     dev.tally.extract.time.TimeThroughput DIR [ROUNDS]
 * </pre>
 */
public final class TimeThroughput {
    private TimeThroughput() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) throw new IllegalArgumentException("usage: TimeThroughput DIR [ROUNDS]; got no arguments");
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(p));
                bytes += Files.size(p);
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long mentions = 0;
            for (String text : texts) {
                Optional<LocalDate> published = PublicationDateFinder.find(text).flatMap(Dated::date);
                mentions += TimeExpressionFinder.find(text, published).size();
            }
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("round %d: %d docs, %.2f MB, %d mentions: %.1f MB/s wall, %.1f MB/s cpu%n",
                    round, texts.size(), bytes / 1e6, mentions, bytes / 1e6 / wall, bytes / 1e6 / cpu);
        }
    }
}
