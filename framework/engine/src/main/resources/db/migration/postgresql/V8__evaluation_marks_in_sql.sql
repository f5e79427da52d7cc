-- An evaluation mark keeps the person's hash and the configuration's fingerprint as they are, so that the store itself
-- can tell which persons in force no longer match their mark: an unchanged plan reads only the few that changed.
-- The manager's accounts are no longer part of the mark: changing them (an account created, re-referenced, enabled,
-- disabled or deleted) drops the marks of the manager's staff, in the triggers below, so every writer of accounts
-- keeps the marks true. Marks are a cache: the old ones go, and the first plan evaluates everyone once.
DROP TABLE evaluation_marks;
CREATE TABLE evaluation_marks (
    person_id          TEXT COLLATE "C" PRIMARY KEY,
    person_hash        TEXT NOT NULL,
    config_fingerprint TEXT NOT NULL,
    manager_id         TEXT COLLATE "C",
    next_due           DATE
);
CREATE INDEX evaluation_marks_manager ON evaluation_marks (manager_id);

-- Counts a target's accounts by lifecycle (thresholds, a first run's unmatched accounts) without reading their data.
CREATE INDEX accounts_lifecycle ON accounts (target, lifecycle);

CREATE FUNCTION drop_staff_marks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM evaluation_marks WHERE manager_id = OLD.person_id;
    ELSE
        DELETE FROM evaluation_marks WHERE manager_id = NEW.person_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER accounts_insert_delete_drops_staff_marks AFTER INSERT OR DELETE ON accounts
FOR EACH ROW EXECUTE FUNCTION drop_staff_marks();

CREATE TRIGGER accounts_update_drops_staff_marks AFTER UPDATE OF ref_json, lifecycle ON accounts
FOR EACH ROW WHEN (OLD.ref_json IS DISTINCT FROM NEW.ref_json OR OLD.lifecycle IS DISTINCT FROM NEW.lifecycle)
EXECUTE FUNCTION drop_staff_marks();
