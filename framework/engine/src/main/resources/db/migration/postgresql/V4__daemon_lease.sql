-- The daemons' lease: several daemons may share one store; the holder named here runs the syncs until expires_at
-- (epoch milliseconds by the database's clock, so that the daemons' clocks need not agree). Another daemon takes it
-- over only once it has expired.
CREATE TABLE daemon_lease (
    name       TEXT COLLATE "C" PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
