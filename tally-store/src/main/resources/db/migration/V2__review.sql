-- Analyst review, kept beside what was extracted and never over it: the claims table is not
-- touched by review. Reviews and decisions are only ever added; the latest review of a claim's
-- field is the one in force. Instants are ISO-8601 UTC text, as in V1.

-- Local accounts. password_hash is self-describing ("pbkdf2-sha256$<iterations>$<salt>$<hash>").
CREATE TABLE users (
    id            ${row_id},
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- One reviewed value of one field of one claim: status (confirmed / rejected), count, date or place.
CREATE TABLE claim_reviews (
    id          ${row_id},
    claim_id    BIGINT NOT NULL REFERENCES claims (id),
    field       TEXT NOT NULL CHECK (field IN ('status', 'count', 'date', 'place')),
    value       TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    reason      TEXT NOT NULL
);

-- A merge (these claims are one incident) or a split (these claims are an incident of their own),
-- applied in id order over the resolver's incidents whenever reviewed incidents are read.
CREATE TABLE incident_decisions (
    id         ${row_id},
    kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    reviewer   TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason     TEXT NOT NULL
);

CREATE TABLE incident_decision_claims (
    decision_id BIGINT NOT NULL REFERENCES incident_decisions (id),
    claim_id    BIGINT NOT NULL REFERENCES claims (id),
    PRIMARY KEY (decision_id, claim_id)
);

-- Every change anyone made through review or accounts: who, when, what, before, after, why.
CREATE TABLE audit_log (
    id         ${row_id},
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL,
    before_value TEXT,
    after_value  TEXT,
    reason       TEXT
);

CREATE INDEX claim_reviews_by_claim ON claim_reviews (claim_id, field);
