package dev.tally.bench;

import dev.tally.cli.Tally;
import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code tally-bench extract}: measures the whole extract stage (normalize, split, read claims, then their
 * dates, places, actors and claimants) over a folder of articles held in memory, on one thread and
 * on all cores, and the figures alone ({@link ClaimExtractor.Scope#FIGURES}) on one thread; reports
 * MB/s, articles/s and peak heap. A benchmark, not a test: run it on a quiet machine.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure extraction throughput (MB/s, articles/s) and peak heap over a folder of articles.",
                "Reports the whole extract stage on one thread and on all cores, then the figures alone (no date, place, actor",
                "or claimant) on one thread, and how fast the whole stage is beside it."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "30", description = "Measured passes over the articles, each run's best reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "10", description = {"Unmeasured passes before each run at least, to let the JIT compile; then more until the",
            "JIT has settled and the passes agree, up to --warmup-limit (default: ${DEFAULT-VALUE})."})
    int warmup;

    @Option(names = "--warmup-limit", defaultValue = "200", description = "Unmeasured passes before each run at most, settled or not (default: ${DEFAULT-VALUE}).")
    int warmupLimit;

    @Option(names = "--threads", description = "Threads for the parallel run (default: all cores).")
    Integer threads;

    @Parameters(paramLabel = "FOLDER", description = "A folder of .txt articles.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        WarmUp warmUp;
        try {
            warmUp = new WarmUp(warmup, warmupLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Article> articles = load(folder);
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("[" + folder + "] no .txt articles to measure");
            return Tally.USAGE;
        }
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ClaimExtractor whole = new ClaimExtractor();
        ClaimExtractor figures = new ClaimExtractor(ClaimExtractor.Scope.FIGURES);
        out.printf("articles: %d, %.2f MB of text%n", articles.size(), bytes / 1e6);
        Timing one = measure(warmUp, () -> pass(whole, articles, 1), 1);
        report(out, "1 thread", articles.size(), bytes, one);
        if (cores > 1) report(out, cores + " threads", articles.size(), bytes, measure(warmUp, () -> pass(whole, articles, cores), cores));
        Timing bare = measure(warmUp, () -> pass(figures, articles, 1), 1);
        report(out, "figures only, 1 thread", articles.size(), bytes, bare);
        out.printf(Locale.ROOT, "context (dates, places, actors, claimants): the whole stage runs at %.0f%% of the figures-only speed (CPU time)%n",
                100.0 * bare.cpuNanos() / one.cpuNanos());
        out.printf(Locale.ROOT, "peak heap: %.1f MB (max heap %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return Tally.OK;
    }

    /** The best wall time and the best CPU time of this thread over the rounds, in nanoseconds, after the warm-up. */
    private record Timing(long wallNanos, long cpuNanos, int threads, WarmUp.Result warmedUp) {}

    /**
     * Warm-up passes of the same kind first, until steady ({@link WarmUp}): code warmed on other threads or
     * another path is not yet compiled for this one (a single thread measured after a parallel warm-up ran a
     * third slower). On a shared machine the thread's CPU time is the steadier figure; for one thread it is the
     * work itself, so a 1-thread run warms up by it.
     */
    private Timing measure(WarmUp warmUp, Runnable pass, int threads) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        WarmUp.Result warmedUp = warmUp.run(pass, threads == 1 ? cpu::getCurrentThreadCpuTime : System::nanoTime);
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            pass.run();
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c0);
        }
        return new Timing(best, bestCpu, threads, warmedUp);
    }

    private void report(PrintWriter out, String label, int articles, long bytes, Timing t) {
        double seconds = t.wallNanos() / 1e9;
        double mbPerSecond = bytes / 1e6 / seconds;
        String perThread = t.threads() == 1
                ? String.format(Locale.ROOT, ", %.2f MB/s of CPU time", bytes / 1e6 / (t.cpuNanos() / 1e9))
                : String.format(Locale.ROOT, ", %.2f MB/s a thread", mbPerSecond / t.threads());
        String warmedUp = t.warmedUp().steady()
                ? String.format(Locale.ROOT, "steady after %d warm-up passes", t.warmedUp().passes())
                : String.format(Locale.ROOT, "NOT steady after %d warm-up passes", t.warmedUp().passes());
        out.printf(Locale.ROOT, "%-22s %7.2f MB/s %9.0f articles/s (best of %d rounds, %.3f s a pass%s; %s)%n",
                label, mbPerSecond, articles / seconds, rounds, seconds, perThread, warmedUp);
        out.flush();
    }

    private static long pass(ClaimExtractor extractor, List<Article> articles, int threads) {
        AtomicLong claims = new AtomicLong();
        IntStream range = IntStream.range(0, articles.size());
        if (threads > 1) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                pool.submit(() -> range.parallel().forEach(i -> claims.addAndGet(extractor.extract(articles.get(i)).claims().size()))).join();
            } finally {
                pool.shutdown();
            }
        } else {
            range.forEach(i -> claims.addAndGet(extractor.extract(articles.get(i)).claims().size()));
        }
        return claims.get();
    }

    /** The peak heap in bytes so far, summed over the heap pools. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static List<Article> load(Path folder) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Article(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8), Optional.empty(), Map.of()));
            }
        }
        return out;
    }
}
