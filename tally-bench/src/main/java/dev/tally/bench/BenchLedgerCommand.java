package dev.tally.bench;

import dev.tally.cli.LedgerOption;
import dev.tally.cli.Progress;
import dev.tally.cli.Tally;
import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.claim.ExtractionResult;
import dev.tally.extract.place.Gazetteer;
import dev.tally.ingest.DocumentReader;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import dev.tally.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tally-bench ledger}: the ledger at scale. Makes N realistic documents from the example
 * articles ({@link SyntheticCorpus}), ingests them into an empty ledger the way {@code ingest} does
 * (extract, then one transaction per document), then times incident resolution on growing parts of
 * the ledger ({@link ResolutionBench}), and reports documents/s, claims, resolution time and the
 * database's size. With {@code --no-extract} the claims are extracted once per template and carried
 * over ({@link ClaimRemap}), to measure storage on its own. A benchmark, not a test.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Ingest N synthetic documents (real articles with dates, places and figures varied) into an empty ledger,",
                "then time incident resolution at 25%%, 50%% and 100%% of them; report documents/s, resolution time and database size."})
final class BenchLedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--documents", paramLabel = "N", required = true, description = "Documents to make and ingest.")
    int documents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the document generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--extract", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Extract claims from every document (default); --no-extract carries each template's claims over instead.")
    boolean extract;

    @Option(names = "--random-dates", description = "Date each document anywhere in 2013-2023, not in order: the ledger grows denser as it grows.")
    boolean randomDates;

    @Option(names = "--examples", paramLabel = "FOLDER", defaultValue = "examples/seeds",
            description = "The real articles to make documents from, with a meta.json giving their dates (default: ${DEFAULT-VALUE}).")
    Path examples;


    /** Wall-clock seconds of the ingest and of its parts. */
    private record Ingest(long claims, double seconds, double making, double claiming, double storing) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (documents < 1) return usage(err, "--documents must be >= 1; got " + documents);
        List<Article> templates = templates();
        if (templates.isEmpty()) return usage(err, "[" + examples + "] no readable articles to make documents from");
        SyntheticCorpus corpus;
        try {
            corpus = new SyntheticCorpus(templates, seed, documents, randomDates);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try (Ledger l = ledger.open()) {
            long held = l.stats().totalDocuments();
            if (held > 0) return usage(err, "[" + l.location() + "] the benchmark needs an empty ledger; it holds " + held + " documents");
            out.printf(Locale.ROOT, "ledger %s: %,d documents from %d templates in %s (seed %d, %s, %s)%n", l.location(), documents,
                    templates.size(), examples, seed, randomDates ? "dates at random" : "dates in order",
                    extract ? "claims extracted from each document" : "claims carried over, not extracted");
            out.flush();
            Ingest ingest = ingest(l, corpus, templates, err);
            ResolutionBench.Result resolution = ResolutionBench.run(l, err);
            report(out, ingest, resolution, l.sizeBytes());
        }
        return Tally.OK;
    }

    private List<Article> templates() {
        return new DocumentReader().readAll(List.of(examples))
                .filter(Document.Accepted.class::isInstance).map(d -> ((Document.Accepted) d).article()).toList();
    }

    private Ingest ingest(Ledger l, SyntheticCorpus corpus, List<Article> templates, PrintWriter err) {
        ClaimExtractor extractor = new ClaimExtractor();
        Map<String, List<Claim>> templateClaims = new HashMap<>();
        ClaimRemap remap = null;
        if (!extract) {
            templates.forEach(t -> templateClaims.put(t.name(), extractor.extract(t).claims()));
            remap = new ClaimRemap(corpus.rewriter(), SyntheticCorpus.CITIES, Gazetteer.bundled());
        }
        Progress progress = new Progress(err);
        long claims = 0, making = 0, claiming = 0, storing = 0, start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            long t0 = System.nanoTime();
            SyntheticCorpus.Synthetic s = corpus.next();
            long t1 = System.nanoTime();
            List<Claim> found;
            List<Diagnostic> diagnostics = List.of();
            if (extract) {
                ExtractionResult r = extractor.extract(s.document().article());
                found = r.claims();
                diagnostics = r.diagnostics();
            } else {
                found = remap.remap(templateClaims.get(s.template().name()), s);
            }
            long t2 = System.nanoTime();
            l.store(s.document(), found, diagnostics);
            long t3 = System.nanoTime();
            making += t1 - t0;
            claiming += t2 - t1;
            storing += t3 - t2;
            claims += found.size();
            progress.document(found.size(), false, false);
        }
        progress.done();
        return new Ingest(claims, (System.nanoTime() - start) / 1e9, making / 1e9, claiming / 1e9, storing / 1e9);
    }

    private void report(PrintWriter out, Ingest ingest, ResolutionBench.Result r, long bytes) {
        out.printf(Locale.ROOT, "ingest      %,d documents, %,d claims in %.1f s: %,.0f documents/s, %,.0f claims/s%n",
                documents, ingest.claims(), ingest.seconds(), documents / ingest.seconds(), ingest.claims() / ingest.seconds());
        out.printf(Locale.ROOT, "            making documents %.1f s, %s %.1f s, storing %.1f s (%,.0f documents/s stored)%n",
                ingest.making(), extract ? "extracting" : "carrying claims over", ingest.claiming(), ingest.storing(),
                documents / ingest.storing());
        ResolutionBench.Step whole = r.whole();
        out.printf(Locale.ROOT, "resolution  %.1f s in all: reading %,d claims %.1f s, resolving %.1f s, writing %,d incidents %.1f s%n",
                r.loadSeconds() + whole.resolveSeconds() + whole.writeSeconds(), whole.claims(), r.loadSeconds(),
                whole.resolveSeconds(), whole.incidents(), whole.writeSeconds());
        out.printf(Locale.ROOT, "  %10s %10s %16s %10s %10s %8s %13s %8s%n",
                "documents", "claims", "incident claims", "incidents", "resolve s", "CPU s", "CPU us/claim", "write s");
        for (ResolutionBench.Step s : r.steps()) {
            out.printf(Locale.ROOT, "  %,10d %,10d %,16d %,10d %10.2f %8.2f %13.1f %8.2f%n", s.documents(), s.claims(),
                    s.incidentClaims(), s.incidents(), s.resolveSeconds(), s.resolveCpuSeconds(), s.cpuMicrosPerClaim(), s.writeSeconds());
        }
        out.printf(Locale.ROOT, "database    %.1f MB (%.1f kB a document)%n", bytes / 1e6, bytes / 1e3 / documents);
        out.printf(Locale.ROOT, "heap        max %.0f MB; peaks of the heap pools summed %.0f MB (an upper bound: they peak at different times)%n",
                Runtime.getRuntime().maxMemory() / 1e6, BenchCommand.peakHeap() / 1e6);
        out.flush();
    }

    private static int usage(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return Tally.USAGE;
    }
}
