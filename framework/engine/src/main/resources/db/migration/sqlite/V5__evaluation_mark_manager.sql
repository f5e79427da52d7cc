-- The manager a mark was made with, so that an unchanged person (same hash) is recognised without decoding the person.
-- Marks are a cache: the ones made before this column existed are dropped, and those persons are evaluated once more.
ALTER TABLE evaluation_marks ADD COLUMN manager_id TEXT;
DELETE FROM evaluation_marks;
