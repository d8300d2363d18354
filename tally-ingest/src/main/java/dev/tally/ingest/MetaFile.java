package dev.tally.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tally.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A metadata sidecar: {@code {"documents": {"file.txt": {"published": "2017-06-23", "outlet": "...",
 * "author": "...", "approximate": true}}}}, keyed by document name. A field that cannot be used (a date that
 * is not {@code YYYY-MM-DD}, an entry that is not an object) is reported in {@link #problems()} and left out;
 * the rest of the file still counts. Immutable and thread-safe.
 */
public final class MetaFile {
    /** The stage name that sidecar problems carry in their {@link Diagnostic}. */
    public static final String STAGE = "meta";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY_OR_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd().optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private final Optional<Path> path;
    private final Map<String, MetaEntry> entries;
    private final List<Diagnostic> problems;

    private MetaFile(Optional<Path> path, Map<String, MetaEntry> entries, List<Diagnostic> problems) {
        this.path = path;
        this.entries = Map.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** A sidecar that knows nothing. */
    public static MetaFile empty() {
        return new MetaFile(Optional.empty(), Map.of(), List.of());
    }

    /**
     * Reads a sidecar. Throws when the file as a whole is unusable (unreadable, not JSON, no
     * {@code documents} object), with a message that says where; a bad field only becomes a problem.
     */
    public static MetaFile read(Path path) throws IOException {
        return parse(path, Files.readAllBytes(path));
    }

    /**
     * A sidecar from its bytes, read elsewhere (a Spark job reads it from any file system); {@code path}
     * names it in messages. Throws as {@link #read} does.
     */
    public static MetaFile parse(Path path, byte[] json) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IOException(path + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        JsonNode documents = root == null ? null : root.get("documents");
        if (documents == null || !documents.isObject()) {
            throw new IOException(path + ": must hold an object \"documents\" keyed by document name; got "
                    + (root == null ? "an empty file" : "none"));
        }
        Map<String, MetaEntry> entries = new TreeMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = documents.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            entry(path, field.getKey(), field.getValue(), problems).ifPresent(e -> entries.put(field.getKey(), e));
        }
        return new MetaFile(Optional.of(path), entries, problems);
    }

    /** Reads a sidecar found by looking, not named by the user: an unusable one becomes a single problem. */
    static MetaFile readOrReport(Path path) {
        try {
            return read(path);
        } catch (IOException e) {
            Diagnostic problem = new Diagnostic(STAGE, path.toString(), Optional.empty(),
                    "sidecar ignored: " + Reasons.describe(e));
            return new MetaFile(Optional.of(path), Map.of(), List.of(problem));
        }
    }

    /** The entry for a document, by the name documents carry ({@code 001_fb6444753e8d3f0d.txt}). */
    public Optional<MetaEntry> entry(String documentName) {
        return Optional.ofNullable(entries.get(documentName));
    }

    /** Fields that were left out, each naming its document, the field and the value. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** Where it was read from; empty for {@link #empty()}. */
    public Optional<Path> path() {
        return path;
    }

    /** How many documents it describes. */
    public int size() {
        return entries.size();
    }

    private static Optional<MetaEntry> entry(Path path, String document, JsonNode node, List<Diagnostic> problems) {
        if (!node.isObject()) {
            problems.add(problem(path, document, "entry must be an object; got " + node));
            return Optional.empty();
        }
        Optional<LocalDate> published = Optional.empty();
        Map<String, String> meta = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("published")) {
                published = date(value);
                if (published.isEmpty() && !value.isNull()) {
                    problems.add(problem(path, document, "\"published\" must be a date YYYY-MM-DD; got " + value
                            + " (date ignored)"));
                }
            } else if (field.getKey().equals("url") && value.isValueNode() && !value.isNull()) {
                Optional<String> url = WebLink.of(value.asText());
                url.ifPresent(u -> meta.put("url", u));
                if (url.isEmpty()) problems.add(problem(path, document, "\"url\" must be an http or https address; got " + value + " (url ignored)"));
            } else if (value.isValueNode() && !value.isNull()) {
                meta.put(field.getKey(), value.asText());
            }
        }
        return Optional.of(new MetaEntry(published, meta));
    }

    /** An ISO day, or the day of an ISO timestamp as written; nothing looser, a sidecar is data. */
    private static Optional<LocalDate> date(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.from(DAY_OR_TIMESTAMP.parse(value.asText().strip())));
        } catch (DateTimeParseException e) {
            // The caller reports the value: a bad date is a problem with this entry, not with the file.
            return Optional.empty();
        }
    }

    private static Diagnostic problem(Path path, String document, String message) {
        return new Diagnostic(STAGE, document, Optional.empty(), path.getFileName() + ": " + message);
    }
}
