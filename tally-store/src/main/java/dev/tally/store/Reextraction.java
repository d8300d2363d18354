package dev.tally.store;

import dev.tally.model.StoredClaim;

import dev.tally.model.Claim;
import dev.tally.model.Outcome;
import dev.tally.model.Span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces one stored document's claims with those the current rules read, inside the caller's
 * transaction. A new claim with the same outcome at the same evidence span as a stored one is that
 * claim read again: its row is rewritten in place, so analysts' reviews and incident decisions on it
 * stay. A stored claim the rules no longer read is deleted; each review or decision that named it is
 * first written to the audit log, so nothing an analyst did is lost without a trace.
 */
final class Reextraction {
    /** Tables whose rows name a claim and go with it; incident rows are rebuilt by the next resolution. */
    private static final List<String> CLAIM_LINKS = List.of("claim_reviews", "incident_decision_claims",
            "incident_figure_claims", "contradiction_claims");

    private static final ArrayDeque<StoredClaim> EMPTY = new ArrayDeque<>();

    private Reextraction() {
    }

    private record Key(Outcome outcome, Span evidence) {
        static Key of(Claim c) {
            return new Key(c.outcome(), c.evidence());
        }
    }

    static ReextractResult replace(Connection c, long documentId, List<Claim> claims, String actor, Instant now) throws SQLException {
        Map<Key, ArrayDeque<StoredClaim>> stored = new HashMap<>();
        for (StoredClaim s : ClaimRows.ofDocument(c, documentId)) {
            stored.computeIfAbsent(Key.of(s.claim()), k -> new ArrayDeque<>()).add(s);
        }
        List<Claim> added = new ArrayList<>();
        int kept = 0;
        for (Claim claim : claims) {
            StoredClaim same = stored.getOrDefault(Key.of(claim), EMPTY).poll();
            if (same == null) {
                added.add(claim);
            } else {
                ClaimRows.update(c, same.id(), documentId, claim);
                kept++;
            }
        }
        List<StoredClaim> gone = stored.values().stream().flatMap(ArrayDeque::stream).toList();
        // new rows first: SQLite hands the highest row id out again once it is deleted, and an audit
        // entry's "claim 12" must not come to name another claim
        ClaimRows.insert(c, documentId, added);
        int dropped = 0;
        for (StoredClaim s : gone) dropped += delete(c, s, actor, now);
        return new ReextractResult(kept, added.size(), gone.size(), dropped);
    }

    /** Deletes a claim the rules no longer read, after logging each review and decision that named it. */
    private static int delete(Connection c, StoredClaim s, String actor, Instant now) throws SQLException {
        String target = "claim " + s.id() + " (" + s.claim().doc() + " " + s.claim().id() + ")";
        String why = "re-extraction under rules that no longer read this claim: '" + s.claim().count().phrase() + "' in \""
                + s.claim().sentence() + "\"";
        int logged = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT field, value, reviewer FROM claim_reviews WHERE claim_id = ? ORDER BY id")) {
            ps.setLong(1, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Reviews.audit(c, now, actor, "claim.review-dropped", target,
                            rs.getString("field") + "=" + rs.getString("value") + " by " + rs.getString("reviewer"), null, why);
                    logged++;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT decision_id FROM incident_decision_claims WHERE claim_id = ?")) {
            ps.setLong(1, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Reviews.audit(c, now, actor, "incident.decision-claim-dropped", target, "decision " + rs.getLong(1), null, why);
                    logged++;
                }
            }
        }
        for (String table : CLAIM_LINKS) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE claim_id = ?")) {
                ps.setLong(1, s.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_links WHERE claim_a = ? OR claim_b = ?")) {
            ps.setLong(1, s.id());
            ps.setLong(2, s.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM claims WHERE id = ?")) {
            ps.setLong(1, s.id());
            ps.executeUpdate();
        }
        return logged;
    }
}
