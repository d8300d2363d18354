package dev.tally.store;

import static dev.tally.store.Columns.text;

import dev.tally.model.Article;
import dev.tally.model.Document;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents to rows of the {@code documents} table and back. */
final class DocumentRows {
    private static final String INSERT = """
            INSERT INTO documents (name, sha256, format, status, reason, published, meta, original, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";

    /** Everything but the text, which listings leave out. */
    private static final String SUMMARY = """
            SELECT d.id, d.name, d.sha256, d.format, d.status, d.reason, d.published, d.meta, d.ingested_at,
                (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claim_count
            FROM documents d
            """;

    private DocumentRows() {
    }

    /** The document with this sha256, if the ledger holds it. */
    static Optional<StoredDocument> find(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SUMMARY + "WHERE d.sha256 = ?")) {
            ps.setString(1, sha256);
            return read(ps).stream().findFirst();
        }
    }

    /** Inserts the document row and returns its id; the caller owns the transaction. */
    static long insert(Connection connection, Document doc, DocumentStatus status, Optional<String> reason, Instant now)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            ps.setString(1, doc.name());
            ps.setString(2, doc.sha256());
            ps.setString(4, status.name());
            text(ps, 5, reason);
            ps.setString(9, now.toString());
            if (doc instanceof Document.Accepted accepted) {
                Article article = accepted.article();
                ps.setString(3, accepted.format());
                Columns.date(ps, 6, article.published());
                ps.setString(7, MetaJson.write(article.meta()));
                ps.setString(8, article.text());
            } else {
                ps.setNull(3, Types.VARCHAR);
                ps.setNull(6, Types.VARCHAR);
                ps.setString(7, MetaJson.write(Map.of()));
                ps.setNull(8, Types.VARCHAR);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sets a stored document's status and reason (after its claims were read again). */
    static void setStatus(Connection connection, long id, DocumentStatus status, Optional<String> reason) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE documents SET status = ?, reason = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            text(ps, 2, reason);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    static List<StoredDocument> list(Connection connection, Optional<DocumentStatus> status) throws SQLException {
        String where = status.isPresent() ? "WHERE d.status = ? " : "";
        try (PreparedStatement ps = connection.prepareStatement(SUMMARY + where + "ORDER BY d.id")) {
            if (status.isPresent()) ps.setString(1, status.get().name());
            return read(ps);
        }
    }

    /** The document as the model had it when stored, text included. */
    static Optional<Document> load(Connection connection, long id) throws SQLException {
        String sql = "SELECT name, sha256, format, status, reason, published, meta, original FROM documents WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs)) : Optional.empty();
            }
        }
    }

    private static Document document(ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        String sha256 = rs.getString("sha256");
        if (DocumentStatus.valueOf(rs.getString("status")) == DocumentStatus.REJECTED) {
            return new Document.Rejected(name, sha256, rs.getString("reason"));
        }
        Article article = new Article(name, rs.getString("original"), Columns.date(rs, "published"), MetaJson.read(rs.getString("meta")));
        return new Document.Accepted(name, sha256, rs.getString("format"), article);
    }

    private static List<StoredDocument> read(PreparedStatement ps) throws SQLException {
        List<StoredDocument> documents = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                documents.add(new StoredDocument(rs.getLong("id"), rs.getString("name"), rs.getString("sha256"),
                        text(rs, "format"), DocumentStatus.valueOf(rs.getString("status")), text(rs, "reason"),
                        Columns.date(rs, "published"), MetaJson.read(rs.getString("meta")),
                        Instant.parse(rs.getString("ingested_at")), rs.getInt("claim_count")));
            }
        }
        return documents;
    }
}
