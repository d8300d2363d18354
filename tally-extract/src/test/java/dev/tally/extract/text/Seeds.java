package dev.tally.extract.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The seed articles bundled in {@code examples/seeds/}, read from the repository root. */
final class Seeds {
    static final Path DIRECTORY = Path.of("..", "examples", "seeds");

    private Seeds() {}

    /** File name to text, in name order. */
    static Map<String, String> all() {
        if (!Files.isDirectory(DIRECTORY)) {
            throw new IllegalStateException("seed directory must exist; got nothing at " + DIRECTORY.toAbsolutePath());
        }
        Map<String, String> seeds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    /** The seed whose file name starts with {@code prefix}, such as {@code "003"}. */
    static String named(String prefix) {
        return all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed starts with " + prefix)).getValue();
    }
}
