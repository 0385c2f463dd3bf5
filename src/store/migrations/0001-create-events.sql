-- The event log: the source of truth. Every other table except api_tokens is a projection that
-- `purl rebuild` can re-derive from these rows. seq is gap-free: writers append under one lock.
CREATE TABLE events (
  seq bigint PRIMARY KEY,
  type text NOT NULL,
  stream text NOT NULL,
  actor_org text NOT NULL,
  actor_user text NOT NULL,
  recorded_at timestamptz NOT NULL,
  command text NOT NULL,
  idempotency_key text,
  request_hash text,
  payload jsonb NOT NULL
);
CREATE INDEX events_stream_idx ON events (stream, seq);
CREATE INDEX events_type_idx ON events (type, seq);
CREATE INDEX events_idempotency_idx ON events (actor_org, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Credentials are not part of the coordination record and never enter the log: only a SHA-256 of
-- each token is kept, so a stolen database yields no usable token.
CREATE TABLE api_tokens (
  token_hash text PRIMARY KEY,
  org_id text NOT NULL,
  label text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  revoked_at timestamptz
);
