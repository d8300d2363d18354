-- The ledger's schema, shared by SQLite and PostgreSQL.
-- Written in the SQL both accept; the one difference, the auto-numbered primary key,
-- is the Flyway placeholder row_id that each backend fills in (see Backend.java).
-- Dates are ISO-8601 text (yyyy-MM-dd, inclusive), instants ISO-8601 UTC text,
-- enum codes lower case as in the claim export format, except document status.

CREATE TABLE documents (
    id          ${row_id},
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    format      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('OK', 'PARTIAL', 'REJECTED')),
    reason      TEXT,
    published   TEXT,
    meta        TEXT NOT NULL,
    original    TEXT,
    ingested_at TEXT NOT NULL,
    -- a rejected input has a reason and no text; a read one has its text and format
    CHECK ((status = 'REJECTED' AND reason IS NOT NULL AND original IS NULL AND format IS NULL)
        OR (status <> 'REJECTED' AND original IS NOT NULL AND format IS NOT NULL)),
    CHECK ((status = 'OK') = (reason IS NULL))
);

CREATE TABLE incidents (
    id              ${row_id},
    incident_key    TEXT NOT NULL UNIQUE,
    date_text       TEXT,
    date_start      TEXT,
    date_end        TEXT,
    place_text      TEXT,
    place_name      TEXT,
    place_country   TEXT,
    place_lat       DOUBLE PRECISION,
    place_lon       DOUBLE PRECISION,
    place_precision TEXT NOT NULL,
    perpetrator     TEXT,
    means           TEXT
);

CREATE TABLE claims (
    id                 ${row_id},
    document_id        BIGINT NOT NULL REFERENCES documents (id),
    local_id           TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('incident', 'aggregate')),
    outcome            TEXT NOT NULL CHECK (outcome IN ('killed', 'injured', 'casualties', 'abducted', 'displaced')),
    victims            TEXT NOT NULL CHECK (victims IN ('civilian', 'military', 'militant', 'unknown')),
    subgroup           TEXT,
    count_phrase       TEXT NOT NULL,
    count_min          BIGINT CHECK (count_min >= 0),
    count_max          BIGINT,
    date_text          TEXT,
    date_start         TEXT,
    date_end           TEXT,
    place_text         TEXT,
    place_name         TEXT,
    place_country      TEXT,
    place_lat          DOUBLE PRECISION,
    place_lon          DOUBLE PRECISION,
    place_precision    TEXT NOT NULL,
    perpetrator        TEXT,
    means              TEXT,
    claimant           TEXT,
    sentence           TEXT NOT NULL,
    evidence_start     INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end       INTEGER NOT NULL,
    provenance_rules   TEXT NOT NULL,
    provenance_version TEXT NOT NULL,
    incident_id        BIGINT REFERENCES incidents (id) ON DELETE SET NULL,
    UNIQUE (document_id, local_id),
    CHECK (count_min IS NOT NULL OR count_max IS NOT NULL),
    CHECK (count_min IS NULL OR count_max IS NULL OR count_min <= count_max),
    CHECK (evidence_end >= evidence_start)
);

-- Per incident, per (outcome, victims): the range its claims support.
CREATE TABLE incident_figures (
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    outcome     TEXT NOT NULL,
    victims     TEXT NOT NULL,
    min_count   BIGINT CHECK (min_count >= 0),
    max_count   BIGINT,
    PRIMARY KEY (incident_id, outcome, victims),
    CHECK (min_count IS NOT NULL OR max_count IS NOT NULL),
    CHECK (min_count IS NULL OR max_count IS NULL OR min_count <= max_count)
);

CREATE TABLE incident_figure_claims (
    incident_id BIGINT NOT NULL,
    outcome     TEXT NOT NULL,
    victims     TEXT NOT NULL,
    claim_id    BIGINT NOT NULL REFERENCES claims (id),
    PRIMARY KEY (incident_id, outcome, victims, claim_id),
    FOREIGN KEY (incident_id, outcome, victims)
        REFERENCES incident_figures (incident_id, outcome, victims) ON DELETE CASCADE
);

-- Claims of one incident that cannot all be true, in the order the resolver gave them.
CREATE TABLE contradictions (
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE contradiction_claims (
    incident_id BIGINT NOT NULL,
    position    INTEGER NOT NULL,
    claim_id    BIGINT NOT NULL REFERENCES claims (id),
    PRIMARY KEY (incident_id, position, claim_id),
    FOREIGN KEY (incident_id, position) REFERENCES contradictions (incident_id, position) ON DELETE CASCADE
);

-- documents by sha256 and claims by document use the indexes of their UNIQUE constraints.
CREATE INDEX claims_by_outcome_date ON claims (outcome, date_start);
CREATE INDEX claims_by_incident ON claims (incident_id);
CREATE INDEX incidents_by_date ON incidents (date_start);
CREATE INDEX incidents_by_country ON incidents (place_country);
CREATE INDEX figure_claims_by_claim ON incident_figure_claims (claim_id);
CREATE INDEX contradiction_claims_by_claim ON contradiction_claims (claim_id);
