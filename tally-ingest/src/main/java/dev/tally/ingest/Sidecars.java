package dev.tally.ingest;

import dev.tally.model.Article;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * Finds the metadata sidecar for each input and applies it. When the user named one, it serves every input;
 * otherwise a {@code meta.json} is looked for in the input's folder, then in the folder above (the layout
 * {@code set/meta.json} beside {@code set/docs/}). Each sidecar is read once. The sidecar wins over what a
 * page says about itself: it is the curator's word. Thread-safe: the caches are concurrent maps.
 */
final class Sidecars {
    private final Optional<MetaFile> given;
    private final ConcurrentMap<Path, Optional<Path>> locatedByFolder = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, MetaFile> readByPath = new ConcurrentHashMap<>();

    Sidecars(Optional<MetaFile> given) {
        this.given = given;
    }

    /** The documents read from {@code file}, each with its sidecar entry applied. */
    List<Document> apply(Path file, List<Document> documents) {
        MetaFile meta = forFile(file);
        if (meta.size() == 0) {
            return documents;
        }
        List<Document> applied = new ArrayList<>(documents.size());
        for (Document document : documents) {
            applied.add(apply(meta, document));
        }
        return applied;
    }

    /** The problems of the sidecars used so far, the named one first, then by path. */
    List<Diagnostic> problems() {
        List<Diagnostic> problems = new ArrayList<>(given.map(MetaFile::problems).orElse(List.of()));
        readByPath.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Path::toString)))
                .forEach(e -> problems.addAll(e.getValue().problems()));
        return problems;
    }

    boolean isGiven(Path file) {
        return given.flatMap(MetaFile::path).map(p -> same(p, file)).orElse(false);
    }

    private MetaFile forFile(Path file) {
        if (given.isPresent()) {
            return given.get();
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return MetaFile.empty();
        }
        return locatedByFolder.computeIfAbsent(folder, Sidecars::locate)
                .map(path -> readByPath.computeIfAbsent(path, MetaFile::readOrReport))
                .orElse(MetaFile.empty());
    }

    private static Optional<Path> locate(Path folder) {
        Stream<Path> folders = folder.getParent() == null ? Stream.of(folder) : Stream.of(folder, folder.getParent());
        return folders.map(dir -> dir.resolve(DocumentReader.META_FILE_NAME)).filter(Files::isRegularFile).findFirst();
    }

    /** The document with the sidecar's entry for it applied, if there is one. */
    static Document apply(MetaFile meta, Document document) {
        if (!(document instanceof Document.Accepted accepted)) {
            return document;
        }
        Optional<MetaEntry> entry = meta.entry(accepted.name());
        if (entry.isEmpty()) {
            return document;
        }
        Article article = accepted.article();
        Map<String, String> merged = new TreeMap<>(article.meta());
        merged.putAll(entry.get().meta());
        Optional<LocalDate> published = entry.get().published().or(article::published);
        return new Document.Accepted(accepted.name(), accepted.sha256(), accepted.format(),
                new Article(article.name(), article.text(), published, merged));
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
