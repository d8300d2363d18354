package dev.tally.spark;

import dev.tally.ingest.DocumentReader;
import dev.tally.ingest.MetaFile;
import dev.tally.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * On the driver: the files to read under the given paths and the sidecar that serves each, as {@code tally ingest}
 * finds them, on any Hadoop file system. A folder is walked recursively and sorted by path, skipping hidden
 * files ({@code .x}, and Hadoop's {@code _x}) and sidecars; a path that does not exist is kept, so reading it
 * rejects it. The sidecar is {@code --meta} when given, else {@code meta.json} in the file's folder or the
 * one above. Sidecars are read here, once, and shipped to the executors as bytes.
 */
final class InputListing {
    record Listing(List<InputFile> files, Map<String, byte[]> sidecars, List<String> problems) {
    }

    private final Configuration conf;
    private final Map<String, byte[]> sidecars = new LinkedHashMap<>();
    private final Map<String, Optional<String>> sidecarByFolder = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private InputListing(Configuration conf) {
        this.conf = conf;
    }

    /** @throws IllegalArgumentException when the named sidecar cannot be read or is not one */
    static Listing list(List<String> inputs, Optional<String> meta, Configuration conf) {
        InputListing listing = new InputListing(conf);
        Optional<String> given = meta.map(m -> listing.qualified(new Path(m)));
        given.ifPresent(m -> {
            if (!listing.readSidecar(m, true)) throw new IllegalArgumentException("--meta " + m + ": " + listing.problems.remove(listing.problems.size() - 1));
        });
        List<InputFile> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                if (fs.exists(path) && fs.getFileStatus(path).isDirectory()) {
                    List<String> found = new ArrayList<>();
                    walk(fs, fs.makeQualified(path), found);
                    found.sort(null);
                    given.ifPresent(found::remove);
                    for (String file : found) files.add(new InputFile(file, given.orElseGet(() -> listing.sidecarOf(new Path(file)))));
                } else {
                    String file = fs.makeQualified(path).toString();
                    files.add(new InputFile(file, given.orElseGet(() -> listing.sidecarOf(new Path(file)))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listing(files, listing.sidecars, listing.problems);
    }

    /**
     * The files under a folder, hidden ones and sidecars left out. Walked with listStatus, not listFiles: a
     * located status reads each local file's permissions, which costs Hadoop a process per file.
     */
    private static void walk(FileSystem fs, Path folder, List<String> found) throws IOException {
        for (FileStatus status : fs.listStatus(folder)) {
            String name = status.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) continue;
            if (status.isDirectory()) {
                walk(fs, status.getPath(), found);
            } else if (!name.equals(DocumentReader.META_FILE_NAME)) {
                found.add(status.getPath().toString());
            }
        }
    }

    private String qualified(Path path) {
        try {
            return path.getFileSystem(conf).makeQualified(path).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sidecar beside a file: in its folder, else the folder above; null when there is none. */
    private String sidecarOf(Path file) {
        Path folder = file.getParent();
        if (folder == null) return null;
        return sidecarByFolder.computeIfAbsent(folder.toString(), f -> {
            List<Path> candidates = new ArrayList<>(List.of(new Path(folder, DocumentReader.META_FILE_NAME)));
            if (folder.getParent() != null) candidates.add(new Path(folder.getParent(), DocumentReader.META_FILE_NAME));
            for (Path candidate : candidates) {
                try {
                    if (candidate.getFileSystem(conf).isFile(candidate)) {
                        return readSidecar(candidate.toString(), false) ? Optional.of(candidate.toString()) : Optional.empty();
                    }
                } catch (IOException e) {
                    problems.add(candidate + ": sidecar ignored: " + e.getMessage());
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** Reads a sidecar's bytes once and checks it parses; false (with a problem) when it does not. */
    private boolean readSidecar(String path, boolean named) {
        if (sidecars.containsKey(path)) return true;
        Path p = new Path(path);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            byte[] bytes = in.readAllBytes();
            MetaFile parsed = MetaFile.parse(java.nio.file.Path.of(p.getName()), bytes);
            for (Diagnostic d : parsed.problems()) problems.add("[" + d.document() + "] " + d.message());
            sidecars.put(path, bytes);
            return true;
        } catch (IOException e) {
            problems.add((named ? "" : path + ": sidecar ignored: ") + e.getMessage());
            return false;
        }
    }
}
