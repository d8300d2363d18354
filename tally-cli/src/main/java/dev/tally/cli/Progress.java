package dev.tally.cli;

import java.io.PrintWriter;

/**
 * A progress line for long runs on stderr: documents, claims, rejects and rate. On a terminal it
 * redraws one line; elsewhere (logs, CI) it prints a line every {@value #EVERY} documents.
 */
public final class Progress {
    static final int EVERY = 1000;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long documents;
    private long claims;
    private long rejects;
    private long unchanged;
    private long lastDraw;

    public Progress(PrintWriter err) {
        this.err = err;
    }

    public void document(int claimCount, boolean rejected, boolean wasThere) {
        documents++;
        claims += claimCount;
        if (rejected) rejects++;
        if (wasThere) unchanged++;
        long now = System.nanoTime();
        if (terminal && now - lastDraw > 200_000_000L) {
            err.print("\r" + line());
            err.flush();
            lastDraw = now;
        } else if (!terminal && documents % EVERY == 0) {
            err.println(line());
            err.flush();
        }
    }

    public void done() {
        err.print(terminal ? "\r" + line() + "\n" : line() + "\n");
        err.flush();
    }

    private String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        return String.format(java.util.Locale.ROOT, "documents %,d (unchanged %,d)  claims %,d  rejected %,d  %.0f docs/s",
                documents, unchanged, claims, rejects, documents / seconds);
    }
}
