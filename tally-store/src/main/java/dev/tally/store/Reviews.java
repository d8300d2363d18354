package dev.tally.store;

import static dev.tally.store.Columns.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accounts, analysts' reviews and incident decisions, and the audit log, in the ledger's database.
 * Review never changes a stored claim: reviewed values live beside them, and each write adds its
 * audit entry in the same transaction. Obtained from {@link Ledger#reviews()}; thread-safe, calls
 * are serialized with the ledger's own.
 */
public final class Reviews {
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private final Ledger ledger;

    Reviews(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Adds an account; {@code actor} names who did it, for the audit log ({@code "cli"} from the command line).
     *
     * @throws IllegalArgumentException when the name is not 1 to 64 of {@code A-Z a-z 0-9 . _ -} or is taken
     */
    public User addUser(String name, Role role, String passwordHash, String actor) {
        if (name == null || !USER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name must be 1 to 64 letters, digits, '.', '_' or '-'; got '" + name + "'");
        }
        Instant now = Instant.now();
        return ledger.transaction("adding user " + name + " failed", c -> {
            if (user(c, name).isPresent()) throw new IllegalArgumentException("user '" + name + "' exists already");
            long id = insert(c, "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id",
                    name, role.code(), passwordHash, now.toString());
            audit(c, now, actor, "user.add", "user " + name, null, role.code(), null);
            return new User(id, name, role, passwordHash, now, false);
        });
    }

    /**
     * Disables or enables an account, with its audit entry; {@code actor} names who did it.
     *
     * @throws IllegalArgumentException when there is no such account
     */
    public User setDisabled(String name, boolean disabled, String actor) {
        Instant now = Instant.now();
        return ledger.transaction((disabled ? "disabling" : "enabling") + " user " + name + " failed", c -> {
            User before = existing(c, name);
            update(c, "UPDATE users SET disabled = ? WHERE id = ?", disabled ? 1 : 0, before.id());
            audit(c, now, actor, disabled ? "user.disable" : "user.enable", "user " + name,
                    before.disabled() ? "disabled" : "enabled", disabled ? "disabled" : "enabled", null);
            return new User(before.id(), before.name(), before.role(), before.passwordHash(), before.createdAt(), disabled);
        });
    }

    /**
     * Sets an account's password hash, with an audit entry that holds neither hash; returns the account.
     *
     * @throws IllegalArgumentException when there is no such account
     */
    public User setPassword(String name, String passwordHash, String actor) {
        Instant now = Instant.now();
        return ledger.transaction("changing the password of " + name + " failed", c -> {
            User before = existing(c, name);
            update(c, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, before.id());
            audit(c, now, actor, "user.password", "user " + name, null, null, null);
            return new User(before.id(), before.name(), before.role(), passwordHash, before.createdAt(), before.disabled());
        });
    }

    public Optional<User> user(String name) {
        return ledger.read("looking up user " + name, c -> user(c, name));
    }

    public List<User> users() {
        return ledger.read("listing users", c -> {
            List<User> users = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM users ORDER BY name")) {
                while (rs.next()) users.add(user(rs));
            }
            return users;
        });
    }

    /**
     * Writes a sign-in attempt to the audit log: {@code auth.sign-in} or {@code auth.sign-in-failed},
     * by the account name given (which may name no account), from {@code address}.
     */
    public void logSignIn(String name, String address, boolean succeeded) {
        Instant now = Instant.now();
        ledger.transaction("logging a sign-in failed", c -> {
            audit(c, now, name, succeeded ? "auth.sign-in" : "auth.sign-in-failed", "address " + address, null, null, null);
            return null;
        });
    }

    /**
     * Records {@code reviewer}'s value for one field of a claim, in force from now on, with its audit
     * entry ({@code before}: the value in force until now, extracted or reviewed, as the caller renders it).
     *
     * @throws IllegalArgumentException when the ledger holds no such claim or the reason is blank
     */
    public ClaimReview reviewClaim(long claimId, ClaimReview.Field field, String value, String reviewer, String reason, String before) {
        requireReason(reason);
        Instant now = Instant.now();
        return ledger.transaction("reviewing claim " + claimId + " failed, nothing was kept", c -> {
            requireClaims(c, List.of(claimId));
            long id = insert(c, "INSERT INTO claim_reviews (claim_id, field, value, reviewer, reviewed_at, reason) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    claimId, field.code(), value, reviewer, now.toString(), reason);
            audit(c, now, reviewer, "claim." + field.code(), "claim " + claimId, before, value, reason);
            return new ClaimReview(id, claimId, field, value, reviewer, now, reason);
        });
    }

    /** The reviews in force: for each claim and field the latest, ordered by claim then field. */
    public List<ClaimReview> claimReviews() {
        String sql = """
                SELECT * FROM claim_reviews WHERE id IN (SELECT MAX(id) FROM claim_reviews GROUP BY claim_id, field)
                ORDER BY claim_id, field""";
        return ledger.read("listing reviews", c -> {
            List<ClaimReview> reviews = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    reviews.add(new ClaimReview(rs.getLong("id"), rs.getLong("claim_id"), ClaimReview.Field.parse(rs.getString("field")),
                            rs.getString("value"), rs.getString("reviewer"), Instant.parse(rs.getString("reviewed_at")), rs.getString("reason")));
                }
            }
            return reviews;
        });
    }

    /**
     * Records a merge or split of these claims with its audit entry; {@code target}, {@code before}
     * and {@code after} describe it for the log (the incidents as they were and became).
     *
     * @throws IllegalArgumentException when a claim is not in the ledger or the reason is blank
     */
    public IncidentDecision decide(IncidentDecision.Kind kind, List<Long> claims, String reviewer, String reason,
                                   String target, String before, String after) {
        requireReason(reason);
        Instant now = Instant.now();
        List<Long> ids = claims.stream().distinct().sorted().toList();
        return ledger.transaction("recording the " + kind.code() + " failed, nothing was kept", c -> {
            requireClaims(c, ids);
            long id = insert(c, "INSERT INTO incident_decisions (kind, reviewer, decided_at, reason) VALUES (?, ?, ?, ?) RETURNING id",
                    kind.code(), reviewer, now.toString(), reason);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_decision_claims (decision_id, claim_id) VALUES (?, ?)")) {
                for (long claim : ids) {
                    ps.setLong(1, id);
                    ps.setLong(2, claim);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            audit(c, now, reviewer, "incident." + kind.code(), target, before, after, reason);
            return new IncidentDecision(id, kind, ids, reviewer, now, reason);
        });
    }

    /** Every merge and split, in the order they were made. */
    public List<IncidentDecision> decisions() {
        return ledger.read("listing decisions", c -> {
            Map<Long, List<Long>> claims = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT decision_id, claim_id FROM incident_decision_claims")) {
                while (rs.next()) claims.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
            List<IncidentDecision> decisions = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM incident_decisions ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    decisions.add(new IncidentDecision(id, IncidentDecision.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                            claims.getOrDefault(id, List.of()), rs.getString("reviewer"), Instant.parse(rs.getString("decided_at")),
                            rs.getString("reason")));
                }
            }
            return decisions;
        });
    }

    /** Audit entries, newest first, skipping {@code offset} and returning at most {@code limit}. */
    public List<AuditEntry> audit(int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0; got " + offset + ", " + limit);
        return ledger.read("reading the audit log", c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("actor"),
                                rs.getString("action"), rs.getString("target"), text(rs, "before_value"), text(rs, "after_value"),
                                text(rs, "reason")));
                    }
                }
            }
            return entries;
        });
    }

    /** How many entries the audit log holds. */
    public long auditSize() {
        return ledger.read("counting the audit log", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_log")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason must not be blank: say why; got '" + reason + "'");
    }

    private static void requireClaims(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM claims WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new IllegalArgumentException("claim must be in the ledger; got " + id + ", which is not");
                }
            }
        }
    }

    static void audit(Connection c, Instant at, String actor, String action, String target,
                              String before, String after, String reason) throws SQLException {
        String sql = "INSERT INTO audit_log (at, actor, action, target, before_value, after_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, at.toString());
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, target);
            text(ps, 5, Optional.ofNullable(before));
            text(ps, 6, Optional.ofNullable(after));
            text(ps, 7, Optional.ofNullable(reason));
            ps.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static User existing(Connection c, String name) throws SQLException {
        return user(c, name).orElseThrow(() -> new IllegalArgumentException("no user '" + name + "'"));
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
            ps.executeUpdate();
        }
    }

    private static Optional<User> user(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), Role.parse(rs.getString("role")), rs.getString("password_hash"),
                Instant.parse(rs.getString("created_at")), rs.getInt("disabled") != 0);
    }
}
