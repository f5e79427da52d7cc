-- Per source, how many persons, contracts and departments an import read, so that a kind of record dropping to none
-- blocks the next import (an empty read is never everyone leaving).
ALTER TABLE snapshots ADD COLUMN counts_json TEXT;
