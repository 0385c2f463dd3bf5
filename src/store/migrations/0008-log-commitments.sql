-- The salts of the values a log leaf commits to by salted hash (src/ledger/commitments.ts): one row
-- per committed value of an entry, by its path in the event envelope. Part of the transparency log,
-- not a projection: `purl rebuild` leaves it alone; a full export carries it; `purl verify`
-- recomputes every commitment from the event row and its salt. Entries logged before this table
-- existed have no salts and commit to nothing.
CREATE TABLE log_salts (
  seq bigint NOT NULL,
  path text NOT NULL,
  salt bytea NOT NULL,
  PRIMARY KEY (seq, path)
);
