package dev.tally.store;

import dev.tally.model.StoredClaim;

import dev.tally.model.IncidentRecord;

import dev.tally.model.Claim;
import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import dev.tally.model.Outcome;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The ledger of documents, claims and incidents, in a SQLite file (the embedded default) or a
 * PostgreSQL database. Opening brings the schema up to date. Each write is one transaction, all
 * or nothing, so a process killed mid-batch leaves every document either whole or absent.
 *
 * <p>Thread-safe: calls are serialized on one connection. One process should write at a time;
 * SQLite makes a second writer wait up to a busy timeout.
 *
 * <p>Errors: {@link IllegalArgumentException} for arguments that break a stated rule,
 * {@link LedgerException} when the database cannot be reached or refuses a write.
 */
public final class Ledger implements AutoCloseable {
    private final Backend backend;
    private final Connection connection;
    private final Reviews reviews = new Reviews(this);

    private Ledger(Backend backend, Connection connection) {
        this.backend = backend;
        this.connection = connection;
    }

    /**
     * Opens (creating when absent) the ledger {@code db}: a file path for SQLite (parent folders
     * created), or a {@code jdbc:postgresql://} URL whose user and password come from its
     * parameters or from {@code TALLY_DB_USER}/{@code TALLY_DB_PASSWORD}.
     */
    public static Ledger open(String db) {
        return open(db, System.getenv());
    }

    /**
     * Opens the ledger {@code db} for commands that read it: like {@link #open(String)}, but a SQLite
     * file that is not there is an error, not a new empty ledger (a mistyped {@code --db} would
     * otherwise answer "no incidents").
     */
    public static Ledger openExisting(String db) {
        Backend backend = Backend.parse(db, System.getenv());
        if (backend instanceof Backend.Sqlite sqlite && !java.nio.file.Files.exists(sqlite.file())) {
            throw new LedgerException("[" + backend.describe() + "] no ledger there; only 'tally ingest' creates one (is --db right?)");
        }
        return open(backend);
    }

    static Ledger open(String db, Map<String, String> env) {
        return open(Backend.parse(db, env));
    }

    private static Ledger open(Backend backend) {
        DataSource dataSource = backend.dataSource();
        Schema.migrate(backend, dataSource);
        try {
            return new Ledger(backend, dataSource.getConnection());
        } catch (SQLException e) {
            throw new LedgerException("[" + backend.describe() + "] cannot connect: " + e.getMessage(), e);
        }
    }

    /** Where this ledger is, for messages: a file path or the URL without its password. */
    public String location() {
        return backend.describe();
    }

    /**
     * Stores a document with its claims in one transaction, unless the ledger holds its sha256
     * already, in which case nothing changes and the result is {@code UNCHANGED}. Status: REJECTED
     * for a {@link Document.Rejected} (with its reason), PARTIAL when there are diagnostics (reason:
     * {@code "stage: message"} for each, joined by {@code "; "}), else OK. Each claim's {@code doc} must be the document's name.
     */
    public synchronized IngestResult store(Document doc, List<Claim> claims, List<Diagnostic> diagnostics) {
        DocumentStatus status = status(doc, claims, diagnostics);
        Optional<String> reason = reason(doc, status, diagnostics);
        return transaction("[" + doc.name() + "] storing the document failed, nothing of it was kept", c -> {
            Optional<StoredDocument> existing = DocumentRows.find(c, doc.sha256());
            if (existing.isPresent()) {
                StoredDocument d = existing.get();
                return new IngestResult(d.id(), d.name(), d.status(), IngestResult.Change.UNCHANGED, d.claims());
            }
            long id = DocumentRows.insert(c, doc, status, reason, Instant.now());
            ClaimRows.insert(c, id, claims);
            return new IngestResult(id, doc.name(), status, IngestResult.Change.STORED, claims.size());
        });
    }

    /**
     * Replaces the claims of the stored document {@code documentId} ({@code doc}, as {@link #document}
     * gave it) with those the current rules read, in one transaction, and sets its status from
     * {@code diagnostics} as {@link #store} does. Claims read again keep their rows and reviews; see
     * {@link ReextractResult}. {@code actor} names who asked, for the audit log.
     */
    public synchronized ReextractResult reextract(long documentId, Document doc, List<Claim> claims, List<Diagnostic> diagnostics,
                                                  String actor) {
        DocumentStatus status = status(doc, claims, diagnostics);
        Optional<String> reason = reason(doc, status, diagnostics);
        return transaction("[" + doc.name() + "] re-extraction failed, its stored claims are kept", c -> {
            ReextractResult r = Reextraction.replace(c, documentId, claims, actor, Instant.now());
            DocumentRows.setStatus(c, documentId, status, reason);
            return r;
        });
    }

    /** True when the ledger holds the document with this sha256, whatever its status. */
    public synchronized boolean contains(String sha256) {
        return read("looking up " + sha256, c -> DocumentRows.find(c, sha256).isPresent());
    }

    /** Every document, oldest first, without text. */
    public synchronized List<StoredDocument> documents() {
        return read("listing documents", c -> DocumentRows.list(c, Optional.empty()));
    }

    /** The documents with this status, oldest first, without text. */
    public synchronized List<StoredDocument> documents(DocumentStatus status) {
        return read("listing " + status + " documents", c -> DocumentRows.list(c, Optional.of(status)));
    }

    /** The document with this row id as it was stored, text included. */
    public synchronized Optional<Document> document(long id) {
        return read("reading document " + id, c -> DocumentRows.load(c, id));
    }

    /** Every claim in storage order, with its document's name and its incident. */
    public synchronized List<StoredClaim> claims() {
        // PostgreSQL's driver holds a whole result in memory unless it reads through a cursor, which
        // needs a transaction. SQLite steps through the rows anyway, and a transaction there would
        // take the write lock (transactions begin IMMEDIATE) and keep other writers waiting.
        if (backend instanceof Backend.Postgres) return transaction("[" + backend.describe() + "] listing claims failed", ClaimRows::all);
        return read("listing claims", ClaimRows::all);
    }

    /** The claims of one document, in the order they were stored. */
    public synchronized List<StoredClaim> claims(long documentId) {
        return read("listing claims of document " + documentId, c -> ClaimRows.ofDocument(c, documentId));
    }

    /** Documents by status, claims by outcome, and the number of incidents. */
    public synchronized LedgerStats stats() {
        return read("counting", c -> new LedgerStats(
                counts(c, "SELECT status, COUNT(*) FROM documents GROUP BY status", DocumentStatus.class, DocumentStatus::valueOf),
                counts(c, "SELECT outcome, COUNT(*) FROM claims GROUP BY outcome", Outcome.class, code -> Columns.parse(Outcome.class, code)),
                single(c, "SELECT COUNT(*) FROM incidents"),
                ruleCounts(c)));
    }

    /**
     * Replaces every incident with these, in one transaction: clears the old ones and their links,
     * inserts these, and points each member claim at its incident. Keys must be unique and a claim
     * may belong to one incident only.
     */
    public synchronized void replaceIncidents(List<IncidentRecord> incidents) {
        IncidentRows.requireDisjoint(incidents);
        transaction("replacing incidents failed, the previous ones are kept", c -> {
            IncidentRows.clear(c);
            Map<String, Long> ids = IncidentRows.insert(c, incidents);
            IncidentRows.assignClaims(c, incidents, ids);
            IncidentRows.insertFigures(c, incidents, ids);
            IncidentRows.insertContradictions(c, incidents, ids);
            IncidentRows.insertLinks(c, incidents, ids);
            return incidents.size();
        });
    }

    /**
     * The space the ledger takes, in bytes: for SQLite the file plus its write-ahead log, for
     * PostgreSQL {@code pg_database_size} of the database (which counts anything else stored in it too).
     */
    public synchronized long sizeBytes() {
        return read("measuring the size", backend::sizeBytes);
    }

    /** The incidents of the last {@link #replaceIncidents}, ordered by key. */
    public synchronized List<IncidentRecord> incidents() {
        return read("listing incidents", IncidentRows::all);
    }

    /** Accounts, reviews, incident decisions and the audit log of this ledger. */
    public Reviews reviews() {
        return reviews;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException("[" + backend.describe() + "] closing failed: " + e.getMessage(), e);
        }
    }

    private static Optional<String> reason(Document doc, DocumentStatus status, List<Diagnostic> diagnostics) {
        return switch (status) {
            case OK -> Optional.empty();
            case PARTIAL -> Optional.of(diagnostics.stream().map(d -> d.stage() + ": " + d.message()).collect(Collectors.joining("; ")));
            case REJECTED -> Optional.of(((Document.Rejected) doc).reason());
        };
    }

    private static DocumentStatus status(Document doc, List<Claim> claims, List<Diagnostic> diagnostics) {
        for (Claim claim : claims) {
            if (!claim.doc().equals(doc.name())) {
                throw new IllegalArgumentException("[" + doc.name() + "] a claim's doc must be its document's name; got '"
                        + claim.doc() + "' on claim " + claim.id());
            }
        }
        if (doc instanceof Document.Rejected) {
            if (!claims.isEmpty()) throw new IllegalArgumentException("[" + doc.name() + "] a rejected document has no claims; got " + claims.size());
            return DocumentStatus.REJECTED;
        }
        Document.Accepted accepted = (Document.Accepted) doc;
        if (!accepted.article().name().equals(accepted.name())) {
            throw new IllegalArgumentException("[" + doc.name() + "] the article's name must be the document's name; got '"
                    + accepted.article().name() + "'");
        }
        return diagnostics.isEmpty() ? DocumentStatus.OK : DocumentStatus.PARTIAL;
    }

    private static <K extends Enum<K>> Map<K, Long> counts(Connection c, String sql, Class<K> type,
                                                           Function<String, K> parse) throws SQLException {
        Map<K, Long> counts = new EnumMap<>(type);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) counts.put(parse.apply(rs.getString(1)), rs.getLong(2));
        }
        return counts;
    }

    /** Claims by the rule set and version that read them ("claims/3"): which claims a re-extraction would change. */
    private static Map<String, Long> ruleCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        String sql = "SELECT provenance_rules, provenance_version, COUNT(*) FROM claims GROUP BY provenance_rules, provenance_version";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        }
        return counts;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} alone on the connection, outside a transaction. */
    synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new LedgerException("[" + backend.describe() + "] " + what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} alone on the connection in one transaction: all of it or, on any exception, none. */
    synchronized <T> T transaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LedgerException(what + ": " + e.getMessage(), e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
