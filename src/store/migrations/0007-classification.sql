-- Classification of records and their sensitive fields (src/domain/classification.ts): a projection
-- of ClassificationSet, one row per record or field whose level was ever set. No row: the default.
CREATE TABLE classifications (
  kind text NOT NULL CHECK (kind IN ('pledge', 'package', 'shipment')),
  id text NOT NULL,
  field text NOT NULL,
  level text NOT NULL CHECK (level IN ('public', 'coalition', 'restricted')),
  reason text,
  readers text[] NOT NULL DEFAULT '{}',
  disclose_on date,
  set_by text NOT NULL,
  set_at timestamptz NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (kind, id, field)
);

-- Every read of restricted data, for the organizations that own it. Not part of the record (reads
-- are not events) and not a projection: `purl rebuild` leaves it alone, export does not carry it.
CREATE TABLE access_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  viewer_org text NOT NULL,
  viewer_user text NOT NULL,
  kind text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  route text NOT NULL
);
CREATE INDEX access_log_record_idx ON access_log (kind, record_id, at);
