package dev.tally.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.claim.ExtractionResult;
import dev.tally.ingest.DocumentReader;
import dev.tally.ingest.MetaFile;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import dev.tally.web.ClaimJson;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.util.LongAccumulator;

/**
 * The extract stage on one Spark partition: its files read one at a time by tally-ingest's
 * {@link DocumentReader} (the same formats and rejects as {@code tally ingest}), each accepted document's claims
 * extracted by the JVM's one {@link ClaimExtractor}. Lazy: a file is read when the documents of the one before
 * have been taken, so a partition never holds more than one file's documents.
 */
final class PartitionExtraction implements Iterator<Extracted> {
    /** The extractor and its gazetteer, loaded once per executor JVM and shared by its tasks (it is thread-safe). */
    private static final class Holder {
        static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    }

    private static final Map<String, MetaFile> SIDECARS = new ConcurrentHashMap<>();
    private static final String TOO_BIG = "too large to extract within this JVM's heap: give executors more memory, or split the file";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The counters the Spark UI shows while the job runs. */
    record Counters(LongAccumulator documents, LongAccumulator claims, LongAccumulator rejects) implements java.io.Serializable {
    }

    private final Iterator<InputFile> files;
    private final Configuration conf;
    private final Map<String, byte[]> sidecars;
    private final DocumentReader reader;
    private final Counters counters;
    private final ClaimJson claimJson = new ClaimJson();
    private final ArrayDeque<Extracted> ready = new ArrayDeque<>();

    PartitionExtraction(Iterator<InputFile> files, Configuration conf, Map<String, byte[]> sidecars, long maxBytes, Counters counters) {
        this.files = files;
        this.conf = conf;
        this.sidecars = sidecars;
        this.reader = new DocumentReader(maxBytes, Optional.of(MetaFile.empty()));
        this.counters = counters;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && files.hasNext()) {
            InputFile file = files.next();
            reader.read(new HadoopSource(file.path(), conf), sidecar(file.sidecar()), doc -> ready.add(extracted(file.path(), doc)));
        }
        return !ready.isEmpty();
    }

    @Override
    public Extracted next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.poll();
    }

    private MetaFile sidecar(String path) {
        if (path == null) return MetaFile.empty();
        return SIDECARS.computeIfAbsent(path, p -> {
            try {
                return MetaFile.parse(java.nio.file.Path.of(new org.apache.hadoop.fs.Path(p).getName()), sidecars.get(p));
            } catch (IOException e) {
                // the driver reported it when it listed the inputs
                return MetaFile.empty();
            }
        });
    }

    private Extracted extracted(String input, Document doc) {
        if (doc instanceof Document.Accepted accepted) {
            Article article = accepted.article();
            ExtractionResult result;
            try {
                result = Holder.EXTRACTOR.extract(article);
            } catch (OutOfMemoryError e) {
                return rejected(input, new Document.Rejected(accepted.name(), accepted.sha256(), TOO_BIG));
            }
            List<String> claims = new ArrayList<>(result.claims().size());
            for (Claim c : result.claims()) claims.add(claimJson.line(c, Optional.empty()));
            List<String> diagnostics = result.diagnostics().stream().map(PartitionExtraction::json).toList();
            counters.documents().add(1);
            counters.claims().add(claims.size());
            return new Extracted(input, accepted.name(), accepted.sha256(), accepted.format(), day(result.published()),
                    country(result.claims()), new TreeMap<>(article.meta()), article.text(), null, claims, diagnostics);
        }
        return rejected(input, (Document.Rejected) doc);
    }

    private Extracted rejected(String input, Document.Rejected doc) {
        counters.rejects().add(1);
        return new Extracted(input, doc.name(), doc.sha256(), null, null, null, new TreeMap<>(), null, doc.reason(), List.of(), List.of());
    }

    /** The country the claims name most, the first in the alphabet on a tie; {@code none} when they name none. */
    private static String country(List<Claim> claims) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Claim c : claims) c.place().country().ifPresent(cc -> counts.merge(cc.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        String best = "none";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    static String json(Diagnostic d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("stage", d.stage());
        o.put("document", d.document());
        d.span().ifPresent(s -> o.put("start", s.start()).put("end", s.end()));
        o.put("message", d.message());
        return o.toString();
    }
}
