package dev.tally.bench;

import dev.tally.model.ClaimKind;
import dev.tally.resolve.IncidentResolver;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Times incident resolution over growing parts of a ledger, to show how it scales: reads every
 * claim once (timed on its own), then resolves and writes ({@link Ledger#replaceIncidents}) the
 * claims of the first 25%, 50% and all of its documents in turn, so the ledger ends with the
 * incidents of all its claims. Each write replaces the previous part's incidents, as every ingest
 * does. Resolving is timed as the best of {@value #ROUNDS} runs, after unmeasured runs over the
 * first quarter that let the JIT compile the resolver; writing once.
 */
final class ResolutionBench {
    private static final double[] FRACTIONS = {0.25, 0.5, 1.0};
    /** The part resolved {@value #WARMUP_ROUNDS} times, unmeasured, first: less leaves the JIT still compiling in the measured runs. */
    private static final double WARMUP = 0.25;
    private static final int WARMUP_ROUNDS = 2;
    /** Resolution is timed as the best of this many runs: the machine may be shared. */
    private static final int ROUNDS = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * One measured part: its first {@code documents} documents and their claims. Seconds of wall
     * time, but {@code resolveCpuSeconds}: the resolving thread's CPU time, which other work on a
     * shared machine does not inflate (the garbage collector's threads are not in it).
     */
    record Step(int documents, int claims, long incidentClaims, int incidents, double resolveSeconds,
                double resolveCpuSeconds, double writeSeconds) {
        double cpuMicrosPerClaim() {
            return resolveCpuSeconds * 1e6 / Math.max(1, claims);
        }
    }

    /** Seconds to read every claim, and the measured parts, smallest first. */
    record Result(double loadSeconds, List<Step> steps) {
        Step whole() {
            return steps.get(steps.size() - 1);
        }
    }

    private ResolutionBench() {
    }

    static Result run(Ledger ledger, PrintWriter err) {
        long t0 = System.nanoTime();
        List<StoredClaim> claims = ledger.claims();
        double load = seconds(t0);
        List<StoredDocument> documents = ledger.documents();
        err.printf(Locale.ROOT, "resolution: read %,d claims in %.1f s%n", claims.size(), load);
        err.flush();
        IncidentResolver resolver = new IncidentResolver();
        for (int round = 0; round < WARMUP_ROUNDS; round++) resolver.resolve(prefix(claims, documents, WARMUP));
        List<Step> steps = new java.util.ArrayList<>();
        for (double fraction : FRACTIONS) {
            steps.add(step(ledger, resolver, prefix(claims, documents, fraction), documentCount(documents, fraction)));
            Step s = steps.get(steps.size() - 1);
            err.printf(Locale.ROOT, "resolution: %,d documents, %,d claims: %,d incidents, resolved in %.1f s (%.1f s CPU), written in %.1f s%n",
                    s.documents(), s.claims(), s.incidents(), s.resolveSeconds(), s.resolveCpuSeconds(), s.writeSeconds());
            err.flush();
        }
        return new Result(load, List.copyOf(steps));
    }

    private static Step step(Ledger ledger, IncidentResolver resolver, List<StoredClaim> claims, int documents) {
        List<IncidentRecord> incidents = List.of();
        double resolve = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            incidents = resolver.resolve(claims);
            resolve = Math.min(resolve, seconds(t0));
            cpu = Math.min(cpu, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        long t1 = System.nanoTime();
        ledger.replaceIncidents(incidents);
        double write = seconds(t1);
        long incidentClaims = claims.stream().filter(c -> c.claim().kind() == ClaimKind.INCIDENT).count();
        return new Step(documents, claims.size(), incidentClaims, incidents.size(), resolve, cpu, write);
    }

    private static int documentCount(List<StoredDocument> documents, double fraction) {
        return Math.max(1, (int) Math.ceil(documents.size() * fraction));
    }

    /** The claims of the first {@code fraction} of the documents: claims are in storage order, so a prefix. */
    private static List<StoredClaim> prefix(List<StoredClaim> claims, List<StoredDocument> documents, double fraction) {
        if (documents.isEmpty()) return List.of();
        long last = documents.get(documentCount(documents, fraction) - 1).id();
        int end = 0;
        while (end < claims.size() && claims.get(end).documentId() <= last) end++;
        return claims.subList(0, end);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
