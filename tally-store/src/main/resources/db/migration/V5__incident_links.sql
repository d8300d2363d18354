-- Why the resolver joined two documents' reports into one incident: a claim of each, how sure the
-- join is (0..1) and what agreed, in words. One row per join, in the order the resolver made them.
CREATE TABLE incident_links (
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    claim_a     BIGINT NOT NULL REFERENCES claims (id),
    claim_b     BIGINT NOT NULL REFERENCES claims (id),
    confidence  DOUBLE PRECISION NOT NULL,
    reasons     TEXT NOT NULL,
    PRIMARY KEY (incident_id, position)
);
