-- The engine's state in PostgreSQL. JSON is kept as text so that it reads back byte for byte (a snapshot person's
-- hash is computed over it); instants are TIMESTAMPTZ (microseconds). Key columns use the "C" collation so that
-- they sort by code point, as in SQLite, whatever the database's locale.

CREATE TABLE snapshots (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    taken_at      TIMESTAMPTZ NOT NULL,
    status        TEXT COLLATE "C" NOT NULL,
    reason        TEXT,
    person_count  INTEGER     NOT NULL,
    blocked_count INTEGER     NOT NULL,
    diff_json     TEXT
);
CREATE INDEX snapshots_by_status ON snapshots (status, id);

CREATE TABLE snapshot_persons (
    snapshot_id BIGINT NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    external_id TEXT COLLATE "C" NOT NULL,
    json        TEXT   NOT NULL,
    hash        TEXT   NOT NULL,
    PRIMARY KEY (snapshot_id, external_id)
);

CREATE TABLE snapshot_blocked (
    snapshot_id BIGINT  NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    location    TEXT,
    external_id TEXT COLLATE "C",
    reason      TEXT    NOT NULL,
    PRIMARY KEY (snapshot_id, position)
);

CREATE TABLE accounts (
    target      TEXT COLLATE "C" NOT NULL,
    person_id   TEXT COLLATE "C" NOT NULL,
    ref_json    TEXT,
    data_json   TEXT        NOT NULL,
    lifecycle   TEXT        NOT NULL,
    disabled_on DATE,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (target, person_id)
);

CREATE TABLE permissions (
    target        TEXT COLLATE "C" NOT NULL,
    person_id     TEXT COLLATE "C" NOT NULL,
    type          TEXT COLLATE "C" NOT NULL,
    permission_id TEXT COLLATE "C" NOT NULL,
    name          TEXT,
    granted_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (target, person_id, type, permission_id)
);

-- A value is held by one person; a person holds one value per field.
CREATE TABLE reservations (
    target    TEXT COLLATE "C" NOT NULL,
    field     TEXT COLLATE "C" NOT NULL,
    value     TEXT COLLATE "C" NOT NULL,
    person_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (target, field, value),
    UNIQUE (target, person_id, field)
);

CREATE TABLE runs (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         TEXT COLLATE "C" NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    status       TEXT COLLATE "C" NOT NULL,
    summary_json TEXT
);

CREATE TABLE actions (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       BIGINT      NOT NULL REFERENCES runs (id),
    sequence     INTEGER     NOT NULL,
    target       TEXT COLLATE "C" NOT NULL,
    person_id    TEXT COLLATE "C",
    action_type  TEXT COLLATE "C" NOT NULL,
    payload_json TEXT        NOT NULL,
    depends_on   INTEGER,
    status       TEXT COLLATE "C" NOT NULL,
    attempts     INTEGER     NOT NULL,
    result_json  TEXT,
    error        TEXT,
    updated_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (run_id, sequence)
);
CREATE INDEX actions_by_status ON actions (status);
CREATE INDEX actions_by_target_person ON actions (target, person_id);

CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    run_id       BIGINT      REFERENCES runs (id),
    person_id    TEXT COLLATE "C",
    target       TEXT COLLATE "C",
    action       TEXT        NOT NULL,
    changes_json TEXT,
    outcome      TEXT        NOT NULL,
    message      TEXT
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_person ON audit_log (person_id, at);
CREATE INDEX audit_by_target ON audit_log (target, at);
CREATE INDEX audit_by_run ON audit_log (run_id);
