package dev.tally.cli;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.claim.ExtractionResult;
import dev.tally.model.Article;
import dev.tally.web.Ingestion;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extracts articles on several threads and hands their results on in the order the articles came:
 * the output of a parallel run is the same, byte for byte, as that of one thread. At most
 * {@value #AHEAD} results per thread wait to be handed on, so memory stays bounded however many
 * articles there are. Not thread-safe: one caller submits and drains.
 */
final class OrderedExtraction implements AutoCloseable {
    private static final int AHEAD = 8;
    private final ClaimExtractor extractor;
    private final ExecutorService pool;
    private final ArrayDeque<Future<ExtractionResult>> pending = new ArrayDeque<>();
    private final int window;
    private final Consumer<ExtractionResult> sink;

    OrderedExtraction(ClaimExtractor extractor, int threads, Consumer<ExtractionResult> sink) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1; got " + threads);
        this.extractor = extractor;
        this.sink = sink;
        this.window = threads * AHEAD;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tally-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues an article; hands on the oldest results while too many wait. */
    void submit(Article article) {
        pending.add(pool.submit(() -> Ingestion.extractWithinHeap(extractor, article)));
        while (pending.size() >= window) drainOne();
    }

    /** Hands on every result still waiting, in order. */
    void finish() {
        while (!pending.isEmpty()) drainOne();
    }

    private void drainOne() {
        try {
            sink.accept(pending.poll().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            // the extractor turns failures into diagnostics; what reaches here is an Error such as OutOfMemoryError
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
