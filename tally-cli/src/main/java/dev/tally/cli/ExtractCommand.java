package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.claim.ExtractionResult;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code tally extract}: reads articles and writes one claim per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read articles (files or folders) and write every casualty claim they hold.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    @Spec
    CommandSpec spec;

    @Option(names = "--meta", paramLabel = "FILE", description = "Metadata sidecar (meta.json) with publication dates per file.")
    Path meta;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for inputs the sidecar does not date.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders of them.")
    List<Path> paths;

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, JsonNode> metaByName = meta == null ? Map.of() : readMeta(meta);
        ClaimJson json = new ClaimJson();
        ClaimTable table = new ClaimTable(out);
        int rejected = 0;
        for (Path p : inputs()) {
            String name = p.getFileName().toString();
            Optional<String> text = decode(p, err);
            if (text.isEmpty()) {
                rejected++;
                continue;
            }
            Optional<LocalDate> date = Optional.ofNullable(metaByName.get(name)).map(m -> m.path("published").asText(null))
                    .map(LocalDate::parse).or(() -> Optional.ofNullable(published));
            ExtractionResult r = extractor.extract(new Article(name, text.get(), date, Map.of()));
            r.diagnostics().forEach(d -> err.println(d));
            for (Claim c : r.claims()) {
                if (format == Format.jsonl) out.println(json.line(c, Optional.empty())); else table.add(c);
            }
        }
        if (format == Format.table) table.print();
        out.flush();
        return rejected > 0 ? Tally.SOME_REJECTED : Tally.OK;
    }

    private List<Path> inputs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("meta.json"))
                            .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static Optional<String> decode(Path p, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            if (bytes.length == 0) {
                err.println("[" + p.getFileName() + "] rejected: empty file (0 bytes)");
                return Optional.empty();
            }
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            err.println("[" + p.getFileName() + "] rejected: not UTF-8 text");
        } catch (IOException e) {
            err.println("[" + p.getFileName() + "] rejected: cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Map<String, JsonNode> readMeta(Path meta) throws IOException {
        JsonNode docs = new ObjectMapper().readTree(meta.toFile()).path("documents");
        Map<String, JsonNode> out = new java.util.HashMap<>();
        docs.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
