package dev.tally.spark;

import dev.tally.ingest.InputSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** An input file on any file system Hadoop reads (local, HDFS, S3A, GCS ...), for tally-ingest's readers. */
final class HadoopSource implements InputSource {
    private final Path path;
    private final FileSystem fs;
    /** Read once: a stat costs a round trip on a remote file system. */
    private FileStatus status;

    HadoopSource(String path, Configuration conf) {
        this.path = new Path(path);
        try {
            this.fs = this.path.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return path.getName();
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public Optional<String> notReadable() {
        try {
            FileStatus status = status();
            if (status.isDirectory()) return Optional.of("a folder, not a file");
            return status.isFile() ? Optional.empty() : Optional.of("not a regular file");
        } catch (FileNotFoundException e) {
            return Optional.of("unreadable: no such file");
        } catch (IOException e) {
            return Optional.of("unreadable: " + e.getMessage());
        }
    }

    @Override
    public long size() throws IOException {
        return status().getLen();
    }

    private FileStatus status() throws IOException {
        if (status == null) status = fs.getFileStatus(path);
        return status;
    }

    @Override
    public InputStream open() throws IOException {
        return fs.open(path);
    }
}
