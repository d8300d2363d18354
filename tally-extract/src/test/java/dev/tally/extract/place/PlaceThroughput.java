package dev.tally.extract.place;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark command, not a test: how long {@link Gazetteer#bundled()} takes to load and how much
 * heap it holds, then the throughput of {@link Gazetteer#find} and of {@link PlaceResolver#resolve}
 * (which finds too) over a directory of text files, in MB of file bytes per second of wall time and
 * of this thread's CPU time (the CPU figure is steadier on a shared machine). Each round reports
 * both; take the best of the later rounds. Run:
 *
 * <pre>
 * mvn -o -q -pl tally-extract -am test-compile
 * java -cp tally-extract/target/classes:tally-extract/target/test-classes:tally-model/target/classes \
 *     dev.tally.extract.place.PlaceThroughput DIR [ROUNDS]
 * </pre>
 */
public final class PlaceThroughput {
    private PlaceThroughput() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) throw new IllegalArgumentException("usage: PlaceThroughput DIR [ROUNDS]; got no arguments");
        long load0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        double loadSeconds = (System.nanoTime() - load0) / 1e9;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("load: %.3f s, %d places, heap in use after load and GC: %.1f MB%n",
                loadSeconds, gazetteer.size(), (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(p));
                bytes += Files.size(p);
            }
        }
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (boolean resolve : new boolean[] {false, true}) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long mentions = 0;
                for (String text : texts) mentions += resolve ? resolver.resolve(text).mentions().size() : gazetteer.find(text).size();
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("round %d %-7s: %d docs, %.2f MB, %d mentions: %.1f MB/s wall, %.1f MB/s cpu%n",
                        round, resolve ? "resolve" : "find", texts.size(), bytes / 1e6, mentions, bytes / 1e6 / wall, bytes / 1e6 / cpu);
            }
        }
    }
}
