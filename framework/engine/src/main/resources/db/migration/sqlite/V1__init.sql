-- The engine's state in SQLite. Instants are fixed-width ISO-8601 UTC text with microseconds (sortable, readable in
-- the sqlite3 shell); dates are ISO text. AUTOINCREMENT keeps ids of deleted rows from being reused.

CREATE TABLE snapshots (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    taken_at      TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    reason        TEXT,
    person_count  INTEGER NOT NULL,
    blocked_count INTEGER NOT NULL,
    diff_json     TEXT
);
CREATE INDEX snapshots_by_status ON snapshots (status, id);

CREATE TABLE snapshot_persons (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    external_id TEXT    NOT NULL,
    json        TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    PRIMARY KEY (snapshot_id, external_id)
);

CREATE TABLE snapshot_blocked (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    location    TEXT,
    external_id TEXT,
    reason      TEXT    NOT NULL,
    PRIMARY KEY (snapshot_id, position)
);

CREATE TABLE accounts (
    target      TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    ref_json    TEXT,
    data_json   TEXT NOT NULL,
    lifecycle   TEXT NOT NULL,
    disabled_on TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (target, person_id)
);

CREATE TABLE permissions (
    target        TEXT NOT NULL,
    person_id     TEXT NOT NULL,
    type          TEXT NOT NULL,
    permission_id TEXT NOT NULL,
    name          TEXT,
    granted_at    TEXT NOT NULL,
    PRIMARY KEY (target, person_id, type, permission_id)
);

-- A value is held by one person; a person holds one value per field.
CREATE TABLE reservations (
    target    TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (target, field, value),
    UNIQUE (target, person_id, field)
);

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    status       TEXT NOT NULL,
    summary_json TEXT
);

CREATE TABLE actions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id       INTEGER NOT NULL REFERENCES runs (id),
    sequence     INTEGER NOT NULL,
    target       TEXT    NOT NULL,
    person_id    TEXT,
    action_type  TEXT    NOT NULL,
    payload_json TEXT    NOT NULL,
    depends_on   INTEGER,
    status       TEXT    NOT NULL,
    attempts     INTEGER NOT NULL,
    result_json  TEXT,
    error        TEXT,
    updated_at   TEXT    NOT NULL,
    UNIQUE (run_id, sequence)
);
CREATE INDEX actions_by_status ON actions (status);
CREATE INDEX actions_by_target_person ON actions (target, person_id);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    run_id       INTEGER REFERENCES runs (id),
    person_id    TEXT,
    target       TEXT,
    action       TEXT NOT NULL,
    changes_json TEXT,
    outcome      TEXT NOT NULL,
    message      TEXT
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_person ON audit_log (person_id, at);
CREATE INDEX audit_by_target ON audit_log (target, at);
CREATE INDEX audit_by_run ON audit_log (run_id);
