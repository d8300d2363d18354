package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import dev.tally.model.IncidentRecord;
import dev.tally.model.Span;
import dev.tally.model.StoredClaim;
import dev.tally.store.Ledger;
import dev.tally.web.ClaimJson;
import dev.tally.web.IncidentLines;
import dev.tally.web.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code tally load}: reads what the Spark job ({@code tally spark}) wrote into the ledger. It reads the job's
 * JSON Lines ({@code ledger/documents}, {@code ledger/incidents}), not its Parquet tables, so that tally.jar
 * needs neither Parquet nor Hadoop. Each document is stored with its claims in one transaction and skipped
 * when already there (same SHA-256), as by ingest, so loading twice changes nothing. The job's incidents are
 * taken as they are when the ledger holds exactly the job's documents; otherwise (other documents there too)
 * the whole ledger is resolved again, as ingest does.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the result of 'tally spark' (its OUT folder) into the ledger: documents, claims and incidents.",
                "A document already in the ledger is skipped. Exit codes: 0 ok, 1 failure, 2 usage, 3 done but some inputs had been rejected."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Parameters(paramLabel = "DIR", description = "The folder 'tally spark' wrote (OUT).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path documents = dir.resolve("ledger/documents");
        Path incidents = dir.resolve("ledger/incidents");
        if (!Files.isDirectory(documents) || !Files.isDirectory(incidents)) {
            throw new ParameterException(spec.commandLine(), "[" + dir + "] not the output of 'tally spark': no ledger/documents and ledger/incidents in it");
        }
        // made here, not in a static field: picocli makes every command to parse any, and Jackson took ~0.1 s of 'tally --help'
        ObjectMapper json = new ObjectMapper();
        ClaimJson claimJson = new ClaimJson();
        Progress progress = new Progress(err);
        Set<String> loaded = new HashSet<>();
        int rejected = 0;
        try (Ledger l = ledger.open()) {
            for (Path part : parts(documents)) {
                try (BufferedReader reader = Files.newBufferedReader(part)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (line.isBlank()) continue;
                        Document doc = store(l, json.readTree(line), claimJson, progress);
                        loaded.add(doc.name());
                        if (doc instanceof Document.Rejected) rejected++;
                    }
                }
            }
            progress.done();
            List<StoredClaim> stored = l.claims();
            if (stored.stream().allMatch(c -> loaded.contains(c.claim().doc()))) {
                Map<IncidentLines.Ref, Long> ids = new HashMap<>();
                stored.forEach(c -> ids.put(new IncidentLines.Ref(c.claim().doc(), c.claim().id()), c.id()));
                IncidentLines parser = new IncidentLines();
                List<IncidentRecord> records = new ArrayList<>();
                for (String line : incidentLines(incidents)) {
                    records.add(parser.incident(line, ref -> {
                        Long id = ids.get(ref);
                        if (id == null) throw new IllegalStateException("[" + dir + "] an incident names claim " + ref.id() + " of " + ref.doc() + ", which is not in the result");
                        return id;
                    }));
                }
                l.replaceIncidents(records);
                err.printf(java.util.Locale.ROOT, "incidents: %,d (as the Spark job resolved them)%n", records.size());
                err.flush();
            } else {
                Resolution.run(new Ingestion(), l, err);
            }
        }
        return rejected > 0 ? Tally.SOME_REJECTED : Tally.OK;
    }

    /** Stores one document of the result with its claims and diagnostics, unless the ledger has it already. */
    private static Document store(Ledger l, JsonNode o, ClaimJson claimJson, Progress progress) {
        Document doc = document(o);
        if (l.contains(doc.sha256())) {
            progress.document(0, doc instanceof Document.Rejected, true);
            return doc;
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : o.path("claims")) claims.add(claimJson.claim(c.toString()));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode d : o.path("diagnostics")) {
            Optional<Span> span = d.has("start") ? Optional.of(new Span(d.get("start").asInt(), d.get("end").asInt())) : Optional.empty();
            diagnostics.add(new Diagnostic(d.path("stage").asText(), d.path("document").asText(), span, d.path("message").asText()));
        }
        l.store(doc, claims, diagnostics);
        progress.document(claims.size(), doc instanceof Document.Rejected, false);
        return doc;
    }

    private static Document document(JsonNode o) {
        String name = o.path("name").asText();
        String sha = o.path("sha256").asText();
        if (o.hasNonNull("reason")) return new Document.Rejected(name, sha, o.get("reason").asText());
        Map<String, String> meta = new TreeMap<>();
        o.path("meta").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
        Optional<LocalDate> published = o.hasNonNull("published") ? Optional.of(LocalDate.parse(o.get("published").asText())) : Optional.empty();
        return new Document.Accepted(name, sha, o.path("format").asText(), new Article(name, o.path("text").asText(), published, meta));
    }

    /** The job's part files in a folder, in order (Spark writes one part per task); read one line at a time. */
    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    /** The incident lines, all at once: they are small, and replacing the incidents takes them all anyway. */
    private static List<String> incidentLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path part : parts(folder)) Files.readAllLines(part).stream().filter(s -> !s.isBlank()).forEach(lines::add);
        return lines;
    }
}
