package dev.tally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file on any file system, as the readers need it: its name, its size and a way to read its
 * bytes (as often as needed: the sniffer reads the head, the reader the whole, a digest again). Local
 * files are {@link #of(Path)}; a Spark job opens Hadoop file system paths through its own implementation.
 */
public interface InputSource {
    /** The file name documents are named by ({@code 001_fb6444753e8d3f0d.txt}). */
    String name();

    /** Where it is, for the identity of an input whose bytes cannot be read ({@code /data/x.warc.gz}). */
    String location();

    /** Whether it is a regular file that can be read; a reason why not otherwise, for the rejection. */
    java.util.Optional<String> notReadable();

    long size() throws IOException;

    InputStream open() throws IOException;

    /** A file on the local file system. */
    static InputSource of(Path path) {
        return new InputSource() {
            @Override
            public String name() {
                return path.getFileName() == null ? path.toString() : path.getFileName().toString();
            }

            @Override
            public String location() {
                return path.toAbsolutePath().toString();
            }

            @Override
            public java.util.Optional<String> notReadable() {
                if (Files.isRegularFile(path)) return java.util.Optional.empty();
                if (Files.isDirectory(path)) return java.util.Optional.of("a folder, not a file (pass folders to inputs() to walk them)");
                return java.util.Optional.of(Files.exists(path) ? "not a regular file" : "unreadable: no such file");
            }

            @Override
            public long size() throws IOException {
                return Files.size(path);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }
}
