package dev.tally.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system, setting permissions through Java instead of running {@code chmod}: without
 * Hadoop's native library every folder and file a job writes costs a process, which made writing the
 * partitioned tables on a laptop take longer than extracting. Nor does it keep {@code .crc} files: reading an
 * input opened it and probed for its checksum file, and every table file written got one. {@code tally spark}
 * uses it for {@code file:} paths when Spark runs locally; a cluster keeps its own file systems.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
    private static final PosixFilePermission[] BITS = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    public NioLocalFileSystem() {
        super(new Raw());
        setVerifyChecksum(false);
        setWriteChecksum(false);
    }

    /** The raw local file system with {@link #setPermission} in Java. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
            short mode = permission.toShort();
            for (int bit = 0; bit < BITS.length; bit++) {
                if ((mode & (1 << bit)) != 0) set.add(BITS[bit]);
            }
            Files.setPosixFilePermissions(pathToFile(p).toPath(), set);
        }
    }
}
