package dev.tally.bench;

import dev.tally.cli.Tally;
import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code tally-bench large}: whether extraction stays linear in one article's length. Joins a folder's
 * articles into single articles of the given sizes (a long transcript, a dumped page, a month of a
 * live blog) and times each, so that the MB/s of a 1 MB and a 20 MB article can be set side by side:
 * a per-claim scan over the whole article shows as a rate that falls with the size.
 */
@Command(name = "large", mixinStandardHelpOptions = true,
        description = {"Measure extraction of single large articles (the folder's text joined to each size): MB/s per size.",
                "Rates that stay level with the size mean the work grows linearly with the article."})
final class BenchLargeCommand implements Callable<Integer> {
    private static final int WARM_UP_ROUNDS = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1,5,20", description = "Article sizes in MB (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Parameters(paramLabel = "FOLDER", description = "A folder of .txt articles whose text is joined and repeated to each size.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String text = joined(folder);
        if (text.isBlank()) {
            spec.commandLine().getErr().println("[" + folder + "] no .txt articles to build large ones from");
            return Tally.USAGE;
        }
        ClaimExtractor extractor = new ClaimExtractor();
        Article warmUp = article(text.substring(0, Math.min(text.length(), 1 << 20)));
        for (int i = 0; i < WARM_UP_ROUNDS; i++) extractor.extract(warmUp); // compiled code for every size, not only the last ones
        for (int mb : sizes) {
            Article article = article(sized(text, mb * 1_000_000));
            long t0 = System.nanoTime();
            int claims = extractor.extract(article).claims().size();
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "%3d MB article: %7.2f s, %6.2f MB/s, %,d claims%n", mb, seconds, mb / seconds, claims);
            out.flush();
        }
        out.printf(Locale.ROOT, "peak heap: %.1f MB (max heap %.0f MB)%n", BenchCommand.peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return Tally.OK;
    }

    private static Article article(String text) {
        return new Article("large.txt", text, Optional.of(LocalDate.of(2017, 1, 1)), Map.of());
    }

    /** {@code text} repeated and cut to about {@code bytes} characters, at a paragraph break. */
    private static String sized(String text, int bytes) {
        StringBuilder b = new StringBuilder(bytes + text.length());
        while (b.length() < bytes) b.append(text);
        int cut = b.lastIndexOf("\n\n", bytes);
        return b.substring(0, cut > 0 ? cut : bytes);
    }

    private static String joined(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                b.append(Files.readString(p, StandardCharsets.UTF_8).strip()).append("\n\n");
            }
        }
        return b.toString();
    }
}
