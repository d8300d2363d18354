package dev.tally.store;

import dev.tally.model.StoredClaim;

import static dev.tally.store.Columns.parse;
import static dev.tally.store.Columns.text;
import static dev.tally.store.Columns.wholeNumber;

import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Provenance;
import dev.tally.model.Span;
import dev.tally.model.Victims;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claims to rows of the {@code claims} table and back, field for field. */
final class ClaimRows {
    private static final String INSERT = """
            INSERT INTO claims (document_id, local_id, kind, outcome, victims, subgroup,
                count_phrase, count_min, count_max,
                date_text, date_start, date_end, place_text, place_name, place_country,
                place_lat, place_lon, place_precision, perpetrator, means,
                claimant, sentence, evidence_start, evidence_end, provenance_rules, provenance_version,
                provenance_basis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The same columns as {@link #INSERT}, in the same order, so that {@link #bind} serves both. */
    private static final String UPDATE = """
            UPDATE claims SET document_id = ?, local_id = ?, kind = ?, outcome = ?, victims = ?, subgroup = ?,
                count_phrase = ?, count_min = ?, count_max = ?,
                date_text = ?, date_start = ?, date_end = ?, place_text = ?, place_name = ?, place_country = ?,
                place_lat = ?, place_lon = ?, place_precision = ?, perpetrator = ?, means = ?,
                claimant = ?, sentence = ?, evidence_start = ?, evidence_end = ?, provenance_rules = ?, provenance_version = ?,
                provenance_basis = ?
            WHERE id = ?""";

    private static final String SELECT = """
            SELECT c.*, d.name AS document_name, d.published AS document_published, i.incident_key
            FROM claims c
            JOIN documents d ON d.id = c.document_id
            LEFT JOIN incidents i ON i.id = c.incident_id
            """;

    /** Rows a cursor brings at a time: the raw rows of a large ledger would not fit in the heap all at once. */
    private static final int FETCH_ROWS = 2000;

    private ClaimRows() {
    }

    /** Inserts one document's claims as one batch; the caller owns the transaction. */
    static void insert(Connection connection, long documentId, List<Claim> claims) throws SQLException {
        if (claims.isEmpty()) return;
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (Claim claim : claims) {
                bind(ps, documentId, claim);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Rewrites the claim stored in row {@code rowId} as {@code claim}, keeping its row id (and what refers to it). */
    static void update(Connection connection, long rowId, long documentId, Claim claim) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
            bind(ps, documentId, claim);
            ps.setLong(28, rowId);
            ps.executeUpdate();
        }
    }

    static List<StoredClaim> all(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT + "ORDER BY c.id")) {
            ps.setFetchSize(FETCH_ROWS);
            return read(ps);
        }
    }

    static List<StoredClaim> ofDocument(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT + "WHERE c.document_id = ? ORDER BY c.id")) {
            ps.setLong(1, documentId);
            return read(ps);
        }
    }

    private static void bind(PreparedStatement ps, long documentId, Claim claim) throws SQLException {
        ps.setLong(1, documentId);
        ps.setString(2, claim.id());
        ps.setString(3, claim.kind().code());
        ps.setString(4, claim.outcome().code());
        ps.setString(5, claim.victims().code());
        text(ps, 6, claim.subgroup());
        ps.setString(7, claim.count().phrase());
        Columns.number(ps, 8, claim.count().min());
        Columns.number(ps, 9, claim.count().max());
        int i = Columns.event(ps, 10, claim.date(), claim.place(), claim.actor());
        text(ps, i++, claim.claimant());
        ps.setString(i++, claim.sentence());
        ps.setInt(i++, claim.evidence().start());
        ps.setInt(i++, claim.evidence().end());
        ps.setString(i++, claim.provenance().ruleSet());
        ps.setString(i++, claim.provenance().version());
        ps.setString(i, claim.provenance().basisText());
    }

    private static List<StoredClaim> read(PreparedStatement ps) throws SQLException {
        List<StoredClaim> claims = new ArrayList<>();
        Shared shared = new Shared();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                claims.add(new StoredClaim(rs.getLong("id"), rs.getLong("document_id"), claim(rs, shared), text(rs, "incident_key"),
                        text(rs, "document_published").map(java.time.LocalDate::parse)));
            }
        }
        return claims;
    }

    private static Claim claim(ResultSet rs, Shared shared) throws SQLException {
        Count count = new Count(rs.getString("count_phrase"), wholeNumber(rs, "count_min"), wholeNumber(rs, "count_max"));
        return new Claim(shared.one(rs.getString("document_name")), rs.getString("local_id"),
                parse(ClaimKind.class, rs.getString("kind")), parse(Outcome.class, rs.getString("outcome")),
                parse(Victims.class, rs.getString("victims")), text(rs, "subgroup"), count,
                shared.one(Columns.timeSpan(rs)), shared.one(Columns.place(rs)), shared.one(Columns.actor(rs)),
                shared.one(text(rs, "claimant")), shared.one(rs.getString("sentence")),
                new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end")),
                shared.one(new Provenance(rs.getString("provenance_rules"), rs.getString("provenance_version"),
                        Provenance.parseBasis(rs.getString("provenance_basis")))));
    }

    /**
     * One instance of each equal value among the rows of one read. A document's claims repeat its name,
     * sentences, places and actors, and every claim its rule set: without sharing, reading a ledger of
     * 100,000 documents (about 700,000 claims) takes over a gigabyte of heap.
     */
    private static final class Shared {
        private final Map<Object, Object> seen = new HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T one(T value) {
            Object earlier = seen.putIfAbsent(value, value);
            return earlier == null ? value : (T) earlier;
        }
    }
}
