package dev.tally.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the paths a user gives into the files to read. A file is kept as given (even one that does not
 * exist: reading it then yields a rejection that says so, instead of a lost input). A folder is walked
 * recursively; its files are listed sorted by their path inside it, compared as text with {@code /} between
 * parts, so the order is the same on every machine. Hidden files and folders (name starting with {@code .})
 * are skipped inside folders, as are the files {@code skipped} names (sidecars). A file or folder that cannot
 * be listed is kept, so that reading it reports why. Stateless and thread-safe.
 */
final class InputWalker {
    private InputWalker() {
    }

    static List<Path> inputs(List<Path> pathsOrFolders, Predicate<Path> skipped) {
        Set<Path> inputs = new LinkedHashSet<>();
        for (Path given : pathsOrFolders) {
            Path path = given.normalize();
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path, skipped));
            } else {
                inputs.add(path);
            }
        }
        return List.copyOf(inputs);
    }

    private static List<Path> walk(Path folder, Predicate<Path> skipped) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !hidden(file) && !skipped.test(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Kept so that reading it rejects it with the reason, rather than dropping it unseen.
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // walkFileTree reports per-file failures to visitFileFailed; this is the folder itself failing.
            found.add(folder);
        }
        found.sort(Comparator.comparing(file -> relative(folder, file)));
        return found;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path folder, Path file) {
        List<String> parts = new ArrayList<>();
        folder.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
