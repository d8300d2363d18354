package dev.tally.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Which database holds the ledger and how to reach it, parsed once from the user's {@code db} string. */
sealed interface Backend permits Backend.Sqlite, Backend.Postgres {
    String POSTGRES_PREFIX = "jdbc:postgresql://";

    /** Connections with the session settings the ledger relies on. */
    DataSource dataSource();

    /** The column definition of an auto-numbered primary key: the one piece of SQL that differs. */
    String rowIdColumn();

    /** The ledger's location for messages, without secrets. */
    String describe();

    /** The space the ledger takes on disk, in bytes, as this backend counts it (see {@link Ledger#sizeBytes()}). */
    long sizeBytes(Connection connection) throws SQLException;

    /**
     * A file path (SQLite) or a {@code jdbc:postgresql://} URL. Credentials come from the URL's
     * {@code user}/{@code password} parameters, else from {@code TALLY_DB_USER}/{@code TALLY_DB_PASSWORD} in {@code env}.
     */
    static Backend parse(String db, Map<String, String> env) {
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("db must be a SQLite file path or a " + POSTGRES_PREFIX + " URL; got '" + db + "'");
        }
        if (db.startsWith(POSTGRES_PREFIX)) {
            return new Postgres(db, Optional.ofNullable(env.get("TALLY_DB_USER")), Optional.ofNullable(env.get("TALLY_DB_PASSWORD")));
        }
        if (db.startsWith("jdbc:") || db.contains("://")) {
            throw new IllegalArgumentException("db must be a SQLite file path or a " + POSTGRES_PREFIX + " URL; got " + Postgres.redact(db));
        }
        try {
            return new Sqlite(Path.of(db).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("db must be a valid file path; got '" + db + "': " + e.getReason(), e);
        }
    }

    /** One SQLite file, the embedded default. */
    record Sqlite(Path file) implements Backend {
        /** Long enough for another process's single document transaction to finish. */
        private static final int BUSY_TIMEOUT_MS = 10_000;

        @Override
        public DataSource dataSource() {
            if (Files.isDirectory(file)) throw new IllegalArgumentException("db must be a file, not a folder; got " + file);
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new LedgerException("cannot create the ledger's folder " + file.getParent() + ": " + e, e);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode survives a killed process intact; a power cut may lose the last
            // commits, which a re-run restores because storing is idempotent by sha256.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            // Writes read first (is the sha256 there?): take the write lock at BEGIN so that a
            // concurrent writer waits for the busy timeout instead of failing on lock upgrade.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file);
            return ds;
        }

        @Override
        public String rowIdColumn() {
            return "INTEGER PRIMARY KEY";
        }

        /** The file and its write-ahead log, which holds the commits not yet checkpointed into the file. */
        @Override
        public long sizeBytes(Connection connection) throws SQLException {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            try {
                return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
            } catch (IOException e) {
                throw new SQLException("cannot read the size of " + file + ": " + e, e);
            }
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** A PostgreSQL database named by a JDBC URL. */
    record Postgres(String url, Optional<String> envUser, Optional<String> envPassword) implements Backend {
        @Override
        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            try {
                ds.setURL(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("db must be a valid " + POSTGRES_PREFIX + "host[:port]/database URL; got " + describe(), e);
            }
            if (ds.getUser() == null) envUser.ifPresent(ds::setUser);
            if (ds.getPassword() == null) envPassword.ifPresent(ds::setPassword);
            // Claims go in as one batch per document; rewritten into multi-row INSERTs they take one round trip.
            ds.setReWriteBatchedInserts(true);
            return ds;
        }

        @Override
        public String rowIdColumn() {
            return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
        }

        /** The whole database as the server counts it: tables, indexes, TOAST and free space in their files. */
        @Override
        public long sizeBytes(Connection connection) throws SQLException {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public String describe() {
            return redact(url);
        }

        /** Never the password, which a record's default toString would show. */
        @Override
        public String toString() {
            return "Postgres[" + describe() + "]";
        }

        static String redact(String url) {
            return url.replaceAll("(?i)(password=)[^&]*", "$1***");
        }
    }
}
