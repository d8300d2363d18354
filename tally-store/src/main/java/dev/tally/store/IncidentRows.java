package dev.tally.store;

import dev.tally.model.IncidentRecord;

import static dev.tally.store.Columns.parse;
import static dev.tally.store.Columns.wholeNumber;

import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import dev.tally.model.IncidentRecord.Contradiction;
import dev.tally.model.IncidentRecord.Link;
import dev.tally.model.IncidentRecord.Figure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incidents to rows of {@code incidents}, {@code incident_figures}, {@code contradictions}, {@code incident_links} and their
 * claim links, and back. The caller owns the transaction.
 */
final class IncidentRows {
    private static final String INSERT = """
            INSERT INTO incidents (incident_key, date_text, date_start, date_end, place_text, place_name,
                place_country, place_lat, place_lon, place_precision, perpetrator, means)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private IncidentRows() {
    }

    /** Keys must be unique and each claim may belong to one incident only. */
    static void requireDisjoint(List<IncidentRecord> incidents) {
        Map<String, IncidentRecord> byKey = new HashMap<>();
        Map<Long, String> owner = new HashMap<>();
        for (IncidentRecord incident : incidents) {
            if (byKey.put(incident.key(), incident) != null) {
                throw new IllegalArgumentException("incident keys must be unique; got '" + incident.key() + "' twice");
            }
            for (long claim : incident.claims()) {
                String earlier = owner.put(claim, incident.key());
                if (earlier != null) {
                    throw new IllegalArgumentException("a claim belongs to one incident only; got claim " + claim
                            + " in '" + earlier + "' and '" + incident.key() + "'");
                }
            }
        }
    }

    /** Removes every incident and its links; claims stay, unassigned. */
    static void clear(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM incident_links");
            st.executeUpdate("DELETE FROM contradiction_claims");
            st.executeUpdate("DELETE FROM contradictions");
            st.executeUpdate("DELETE FROM incident_figure_claims");
            st.executeUpdate("DELETE FROM incident_figures");
            st.executeUpdate("UPDATE claims SET incident_id = NULL WHERE incident_id IS NOT NULL");
            st.executeUpdate("DELETE FROM incidents");
        }
    }

    /** Inserts the incidents into an empty table; returns row id by key. */
    static Map<String, Long> insert(Connection connection, List<IncidentRecord> incidents) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (IncidentRecord incident : incidents) {
                ps.setString(1, incident.key());
                Columns.event(ps, 2, incident.date(), incident.place(), incident.actor());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT id, incident_key FROM incidents")) {
            while (rs.next()) ids.put(rs.getString("incident_key"), rs.getLong("id"));
        }
        return ids;
    }

    /** Points each member claim at its incident; fails naming the first claim the ledger does not hold. */
    static void assignClaims(Connection connection, List<IncidentRecord> incidents, Map<String, Long> ids) throws SQLException {
        List<String> owners = new ArrayList<>();
        List<Long> claims = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("UPDATE claims SET incident_id = ? WHERE id = ?")) {
            for (IncidentRecord incident : incidents) {
                for (long claim : incident.claims()) {
                    ps.setLong(1, ids.get(incident.key()));
                    ps.setLong(2, claim);
                    ps.addBatch();
                    owners.add(incident.key());
                    claims.add(claim);
                }
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new LedgerException("[" + owners.get(i) + "] an incident's claims must be claims the ledger holds; got claim "
                            + claims.get(i) + ", which it does not");
                }
            }
        }
    }

    static void insertFigures(Connection connection, List<IncidentRecord> incidents, Map<String, Long> ids) throws SQLException {
        String figureSql = "INSERT INTO incident_figures (incident_id, outcome, victims, min_count, max_count) VALUES (?, ?, ?, ?, ?)";
        String claimSql = "INSERT INTO incident_figure_claims (incident_id, outcome, victims, claim_id) VALUES (?, ?, ?, ?)";
        try (PreparedStatement figures = connection.prepareStatement(figureSql);
             PreparedStatement claims = connection.prepareStatement(claimSql)) {
            for (IncidentRecord incident : incidents) {
                long id = ids.get(incident.key());
                for (Figure f : incident.figures()) {
                    figures.setLong(1, id);
                    figures.setString(2, f.outcome().code());
                    figures.setString(3, f.victims().code());
                    Columns.number(figures, 4, f.min());
                    Columns.number(figures, 5, f.max());
                    figures.addBatch();
                    for (long claim : f.claims()) {
                        claims.setLong(1, id);
                        claims.setString(2, f.outcome().code());
                        claims.setString(3, f.victims().code());
                        claims.setLong(4, claim);
                        claims.addBatch();
                    }
                }
            }
            figures.executeBatch();
            claims.executeBatch();
        }
    }

    static void insertContradictions(Connection connection, List<IncidentRecord> incidents, Map<String, Long> ids) throws SQLException {
        String contradictionSql = "INSERT INTO contradictions (incident_id, position, description) VALUES (?, ?, ?)";
        String claimSql = "INSERT INTO contradiction_claims (incident_id, position, claim_id) VALUES (?, ?, ?)";
        try (PreparedStatement contradictions = connection.prepareStatement(contradictionSql);
             PreparedStatement claims = connection.prepareStatement(claimSql)) {
            for (IncidentRecord incident : incidents) {
                long id = ids.get(incident.key());
                for (int position = 0; position < incident.contradictions().size(); position++) {
                    Contradiction c = incident.contradictions().get(position);
                    contradictions.setLong(1, id);
                    contradictions.setInt(2, position);
                    contradictions.setString(3, c.text());
                    contradictions.addBatch();
                    for (long claim : c.claims()) {
                        claims.setLong(1, id);
                        claims.setInt(2, position);
                        claims.setLong(3, claim);
                        claims.addBatch();
                    }
                }
            }
            contradictions.executeBatch();
            claims.executeBatch();
        }
    }

    static void insertLinks(Connection connection, List<IncidentRecord> incidents, Map<String, Long> ids) throws SQLException {
        String sql = "INSERT INTO incident_links (incident_id, position, claim_a, claim_b, confidence, reasons) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (IncidentRecord incident : incidents) {
                for (int position = 0; position < incident.links().size(); position++) {
                    Link link = incident.links().get(position);
                    ps.setLong(1, ids.get(incident.key()));
                    ps.setInt(2, position);
                    ps.setLong(3, link.claims().get(0));
                    ps.setLong(4, link.claims().get(1));
                    ps.setDouble(5, link.confidence());
                    ps.setString(6, link.reasons());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Every incident, ordered by key. */
    static List<IncidentRecord> all(Connection connection) throws SQLException {
        Map<Long, List<Long>> members = links(connection, "SELECT incident_id, id AS claim_id FROM claims WHERE incident_id IS NOT NULL");
        Map<Long, List<Figure>> figures = figures(connection);
        Map<Long, List<Contradiction>> contradictions = contradictions(connection);
        Map<Long, List<Link>> joins = joins(connection);
        List<IncidentRecord> incidents = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM incidents ORDER BY incident_key")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                incidents.add(new IncidentRecord(rs.getString("incident_key"), Columns.timeSpan(rs), Columns.place(rs),
                        Columns.actor(rs), members.getOrDefault(id, List.of()), figures.getOrDefault(id, List.of()),
                        contradictions.getOrDefault(id, List.of()), joins.getOrDefault(id, List.of())));
            }
        }
        return incidents;
    }

    private static Map<Long, List<Figure>> figures(Connection connection) throws SQLException {
        Map<String, List<Long>> claims = new HashMap<>();
        String claimSql = "SELECT incident_id, outcome, victims, claim_id FROM incident_figure_claims";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(claimSql)) {
            while (rs.next()) {
                String figure = rs.getLong("incident_id") + "/" + rs.getString("outcome") + "/" + rs.getString("victims");
                claims.computeIfAbsent(figure, k -> new ArrayList<>()).add(rs.getLong("claim_id"));
            }
        }
        Map<Long, List<Figure>> figures = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM incident_figures")) {
            while (rs.next()) {
                long incident = rs.getLong("incident_id");
                String figure = incident + "/" + rs.getString("outcome") + "/" + rs.getString("victims");
                figures.computeIfAbsent(incident, k -> new ArrayList<>()).add(new Figure(
                        parse(Outcome.class, rs.getString("outcome")), parse(Victims.class, rs.getString("victims")),
                        wholeNumber(rs, "min_count"), wholeNumber(rs, "max_count"), claims.getOrDefault(figure, List.of())));
            }
        }
        return figures;
    }

    private static Map<Long, List<Contradiction>> contradictions(Connection connection) throws SQLException {
        Map<String, List<Long>> claims = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT incident_id, position, claim_id FROM contradiction_claims")) {
            while (rs.next()) {
                claims.computeIfAbsent(rs.getLong("incident_id") + "/" + rs.getInt("position"), k -> new ArrayList<>())
                        .add(rs.getLong("claim_id"));
            }
        }
        Map<Long, List<Contradiction>> contradictions = new LinkedHashMap<>();
        String sql = "SELECT incident_id, position, description FROM contradictions ORDER BY incident_id, position";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long incident = rs.getLong("incident_id");
                contradictions.computeIfAbsent(incident, k -> new ArrayList<>()).add(new Contradiction(
                        claims.getOrDefault(incident + "/" + rs.getInt("position"), List.of()), rs.getString("description")));
            }
        }
        return contradictions;
    }

    private static Map<Long, List<Link>> joins(Connection connection) throws SQLException {
        Map<Long, List<Link>> joins = new HashMap<>();
        String sql = "SELECT * FROM incident_links ORDER BY incident_id, position";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                joins.computeIfAbsent(rs.getLong("incident_id"), k -> new ArrayList<>()).add(new Link(
                        List.of(rs.getLong("claim_a"), rs.getLong("claim_b")), rs.getDouble("confidence"), rs.getString("reasons")));
            }
        }
        return joins;
    }

    private static Map<Long, List<Long>> links(Connection connection, String sql) throws SQLException {
        Map<Long, List<Long>> links = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) links.computeIfAbsent(rs.getLong("incident_id"), k -> new ArrayList<>()).add(rs.getLong("claim_id"));
        }
        return links;
    }
}
