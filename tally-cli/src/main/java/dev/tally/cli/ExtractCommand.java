package dev.tally.cli;

import dev.tally.web.ClaimJson;
import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.model.Claim;
import dev.tally.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code tally extract}: reads articles and writes one claim per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles (text, HTML, RSS/Atom feeds, WARC archives; files or folders) and write every casualty claim they hold.",
                "Exit codes: 0 ok, 1 failure, 2 usage, 3 done but some inputs were rejected (each named on stderr)."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders of them.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that extract (default: all cores); the output is "
            + "in input order whatever the number.")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimJson json = new ClaimJson();
        ClaimTable table = new ClaimTable(out);
        int[] undated = {0};
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1; got " + n);
        Inputs.Counts read;
        try (OrderedExtraction extraction = new OrderedExtraction(new ClaimExtractor(), n, r -> {
            if (r.published().isEmpty()) undated[0]++;
            r.diagnostics().forEach(err::println);
            for (Claim c : r.claims()) {
                if (format == Format.jsonl) out.println(json.line(c, Optional.empty())); else table.add(c);
            }
        })) {
            read = inputs.read(paths, err, doc -> {
                if (doc instanceof Document.Accepted accepted) extraction.submit(accepted.article());
            });
            extraction.finish();
        }
        if (format == Format.table) table.print();
        out.flush();
        Inputs.reportUndated(err, undated[0]);
        err.flush();
        return read.rejected() > 0 ? Tally.SOME_REJECTED : Tally.OK;
    }
}
