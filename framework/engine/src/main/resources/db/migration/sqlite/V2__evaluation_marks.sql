-- What the engine last concluded for a person, so that unchanged persons are not evaluated again (incremental).
CREATE TABLE evaluation_marks (
    person_id   TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    next_due    TEXT
);
