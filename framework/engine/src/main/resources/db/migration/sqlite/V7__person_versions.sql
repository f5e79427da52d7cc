-- Persons are stored once per version instead of once per snapshot: a version is part of every accepted snapshot from
-- the one that first gave it (from_snapshot) up to, not including, the one that changed or removed the person
-- (until_snapshot; null while in force). An import that changes nothing writes no person row, so the database grows
-- with what changes in the sources, not with the number of syncs. Existing rows keep exactly the snapshots they were in.
CREATE TABLE person_versions (
    external_id    TEXT    NOT NULL,
    from_snapshot  INTEGER NOT NULL REFERENCES snapshots (id),
    until_snapshot INTEGER REFERENCES snapshots (id),
    json           TEXT    NOT NULL,
    hash           TEXT    NOT NULL,
    source_hash    TEXT,
    PRIMARY KEY (external_id, from_snapshot)
);
-- Holds what an import and a plan read of every person in force, so that reading it never visits the persons' data.
CREATE INDEX person_versions_in_force ON person_versions (until_snapshot, external_id, from_snapshot, hash, source_hash);
-- Finds the versions a snapshot added, whose predecessors it closes, without reading the whole history.
CREATE INDEX person_versions_added ON person_versions (from_snapshot, external_id);

INSERT INTO person_versions (external_id, from_snapshot, until_snapshot, json, hash, source_hash)
SELECT p.external_id, p.snapshot_id,
       (SELECT MIN(s.id) FROM snapshots s WHERE s.status = 'ACCEPTED' AND s.id > p.snapshot_id),
       p.json, p.hash, p.source_hash
FROM snapshot_persons p;

DROP TABLE snapshot_persons;

-- Evaluation marks are now one digest of the person, the configuration and the manager's accounts (two digests
-- before): the old ones would never match, so they go; they are a cache, and the first plan evaluates everyone once.
DELETE FROM evaluation_marks;
