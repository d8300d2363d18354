package dev.tally.bench;

import dev.tally.cli.Tally;
import dev.tally.store.Ledger;
import dev.tally.web.Ingestion;
import dev.tally.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code tally-bench web}: the incident list's latency under load. Fills a SQLite ledger with
 * synthetic claims (see {@link SyntheticLedger}), serves it on a loopback port, and sends a bounded
 * number of {@code /api/incidents} requests, a mix of filters, from a few client threads; reports
 * p50, p95, p99 and the slowest. A benchmark, not a test.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Measure /api/incidents latency (p50, p95, p99) on a ledger filled with synthetic claims, over loopback.")
final class BenchWebCommand implements Callable<Integer> {
    private static final List<String> QUERIES = List.of("/api/incidents", "/api/incidents?country=IQ",
            "/api/incidents?from=2016-01-01&to=2016-12-31", "/api/incidents?perpetrator=coalition&outcome=killed&min=10",
            "/api/incidents?q=airstrike&page=3", "/api/incidents?victims=civilian&sort=killed&size=100",
            "/api/incidents?country=SY&from=2018-01-01&page=2");

    @Spec
    CommandSpec spec;

    @Option(names = "--claims", defaultValue = "100000", description = "Claims the ledger must hold (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--requests", defaultValue = "5000", description = "Measured requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--threads", defaultValue = "2", description = "Client threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite ledger to fill and keep (default: a temporary file, deleted after).")
    Path db;

    @Option(names = "--seeds", paramLabel = "FOLDER", defaultValue = "examples/seeds", description = "Articles to copy (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (claims < 1 || requests < 1 || threads < 1 || threads > 64) {
            spec.commandLine().getErr().println("--claims and --requests must be >= 1 and --threads 1..64");
            return Tally.USAGE;
        }
        Path file = db != null ? db : Files.createTempFile("tally-bench-web", ".db");
        try (Ledger ledger = Ledger.open(file.toString())) {
            long t0 = System.nanoTime();
            int added = new SyntheticLedger(seeds).fill(ledger, claims);
            if (added > 0 || ledger.incidents().isEmpty()) new Ingestion().resolve(ledger);
            out.printf(Locale.ROOT, "ledger %s: %,d claims, %,d incidents (filled %,d documents and resolved in %.1f s)%n", file,
                    ledger.claims().size(), ledger.incidents().size(), added, (System.nanoTime() - t0) / 1e9);
            out.flush();
            long t1 = System.nanoTime();
            try (WebServer server = new WebServer(ledger).start("127.0.0.1", 0)) {
                out.printf(Locale.ROOT, "server up in %.1f s on port %d%n", (System.nanoTime() - t1) / 1e9, server.port());
                measure(out, server.port());
            }
        } finally {
            if (db == null) {
                for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        return Tally.OK;
    }

    private void measure(PrintWriter out, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create("http://127.0.0.1:" + port);
        run(http, base, Math.min(requests, 1000), new long[Math.min(requests, 1000)]);
        long[] latencies = new long[requests];
        long t0 = System.nanoTime();
        run(http, base, requests, latencies);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (int q = 0; q < QUERIES.size(); q++) {
            long[] own = new long[(requests - q + QUERIES.size() - 1) / QUERIES.size()];
            for (int i = q, k = 0; i < requests; i += QUERIES.size()) own[k++] = latencies[i];
            if (own.length == 0) continue;
            Arrays.sort(own);
            out.printf(Locale.ROOT, "  %-58s p50 %6.1f ms  p95 %6.1f ms%n", QUERIES.get(q), ms(own, 0.50), ms(own, 0.95));
        }
        Arrays.sort(latencies);
        out.printf(Locale.ROOT, "%,d requests on %d threads in %.1f s (%.0f/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                requests, threads, seconds, requests / seconds, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);
        out.flush();
    }

    /** Sends {@code n} requests, cycling through the queries, from the client threads; records each latency in ns. */
    private void run(HttpClient http, URI base, int n, long[] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(base.resolve(QUERIES.get(i % QUERIES.size()))).timeout(Duration.ofSeconds(30)).build();
                        long start = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies[i] = System.nanoTime() - start;
                        if (r.statusCode() != 200) throw new IOException(request.uri() + " answered " + r.statusCode());
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
