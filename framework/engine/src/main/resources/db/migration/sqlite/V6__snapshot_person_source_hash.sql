-- A digest of the source record a person was mapped from, with the mapping that mapped it: an import reuses the stored
-- person of an unchanged record instead of mapping it again. Null for persons stored before, or merged from several
-- sources; those are always mapped.
ALTER TABLE snapshot_persons ADD COLUMN source_hash TEXT;
