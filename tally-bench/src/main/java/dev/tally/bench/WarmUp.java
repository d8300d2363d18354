package dev.tally.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Unmeasured passes until a run is at its steady speed: at least {@code least} passes, then more until the
 * JIT has settled and the passes agree, at most {@code most}. Settled means that over the last
 * {@value #WINDOW} passes the JIT compiled for under {@value #JIT_SHARE} of their wall time and the slowest
 * of them took at most {@value #SPREAD} more than the fastest.
 *
 * <p>A fixed count was not enough: over FA-KES on two shared cores the JIT went on compiling (and
 * compiling again the large rule methods it had to throw away) for about 50 passes, up to a second of
 * compiler time per pass, and a 1-thread figure taken after 15 passes was a third below the steady one.
 * Not thread-safe; one run at a time.
 */
final class WarmUp {
    static final int WINDOW = 5;
    static final double JIT_SHARE = 0.02;
    static final double SPREAD = 0.05;

    /** How many passes ran, and whether they settled before the limit. */
    record Result(int passes, boolean steady) {}

    private final int least;
    private final int most;

    /**
     * @param least passes always run ({@code --warmup}); at least 0
     * @param most  passes at most ({@code --warmup-limit}); at least {@code least}
     */
    WarmUp(int least, int most) {
        if (least < 0) throw new IllegalArgumentException("--warmup must be >= 0; got " + least);
        if (most < least) throw new IllegalArgumentException("--warmup-limit must be >= --warmup (" + least + "); got " + most);
        this.least = least;
        this.most = most;
    }

    /**
     * Runs {@code pass} until steady.
     *
     * @param clock what each pass's time is read from, in nanoseconds: the thread's CPU time for a run on
     *              this thread (steadier on a shared machine), wall time for a run on a pool
     */
    Result run(Runnable pass, LongSupplier clock) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long[] took = new long[WINDOW];
        long[] wall = new long[WINDOW];
        long[] jitMillis = new long[WINDOW];
        for (int i = 0; i < most; i++) {
            long jit0 = jitTimed ? jit.getTotalCompilationTime() : 0;
            long w0 = System.nanoTime();
            long t0 = clock.getAsLong();
            pass.run();
            took[i % WINDOW] = clock.getAsLong() - t0;
            wall[i % WINDOW] = System.nanoTime() - w0;
            jitMillis[i % WINDOW] = jitTimed ? jit.getTotalCompilationTime() - jit0 : 0;
            if (i + 1 >= Math.max(least, WINDOW) && settled(took, wall, jitMillis)) return new Result(i + 1, true);
        }
        return new Result(most, false);
    }

    private static boolean settled(long[] took, long[] wall, long[] jitMillis) {
        long fastest = Long.MAX_VALUE, slowest = 0, wallNanos = 0, jitNanos = 0;
        for (int k = 0; k < WINDOW; k++) {
            fastest = Math.min(fastest, took[k]);
            slowest = Math.max(slowest, took[k]);
            wallNanos += wall[k];
            jitNanos += jitMillis[k] * 1_000_000;
        }
        return jitNanos <= JIT_SHARE * wallNanos && slowest <= (1 + SPREAD) * fastest;
    }
}
