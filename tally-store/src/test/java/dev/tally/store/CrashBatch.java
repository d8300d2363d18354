package dev.tally.store;

import dev.tally.model.Document;
import java.io.PrintStream;
import java.util.List;

/**
 * Stores generated documents {@code 0..n-1} into a ledger, skipping those it holds, and prints each
 * index once its transaction has committed. {@link CrashTest} runs it as a child process and kills it.
 */
public final class CrashBatch {
    private CrashBatch() {
    }

    /** Arguments: the ledger's path and the number of documents. */
    public static void main(String[] args) {
        run(args[0], Integer.parseInt(args[1]), System.out);
    }

    /** Returns how many documents this run stored. */
    static int run(String db, int n, PrintStream committed) {
        int stored = 0;
        try (Ledger ledger = Ledger.open(db)) {
            for (int i = 0; i < n; i++) {
                Document.Accepted doc = Fixtures.generated(i);
                if (ledger.contains(doc.sha256())) continue;
                ledger.store(doc, Fixtures.generatedClaims(doc, i), List.of());
                stored++;
                committed.println(i);
                committed.flush();
            }
        }
        return stored;
    }
}
