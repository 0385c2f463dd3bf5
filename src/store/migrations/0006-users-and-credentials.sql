-- People. That a person belongs to an organization is part of the record: `users` is a projection
-- of UserRegistered and UserDisabled, rebuilt from the log like every other projection table.
CREATE TABLE users (
  user_id text PRIMARY KEY,
  org_id text NOT NULL,
  display_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'disabled')),
  registered_at timestamptz NOT NULL,
  disabled_at timestamptz,
  disabled_reason text
);
CREATE INDEX users_org_idx ON users (org_id, user_id);

-- Credentials are not part of the record and never enter the log (like api_tokens): these tables
-- are not projections, `purl rebuild` leaves them alone, export does not carry them. They hold no
-- foreign keys to the projections, which rebuild empties and refills.

-- One row per user with a password: an scrypt hash with its salt and parameters (see
-- src/auth/password.ts), the TOTP secret sealed under the master key, and the failed-attempt counter.
CREATE TABLE user_credentials (
  user_id text PRIMARY KEY,
  password_hash text NOT NULL,
  password_set_at timestamptz NOT NULL,
  totp_secret bytea,
  totp_pending bytea,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz
);

-- Browser sessions: only the SHA-256 of the random session id is kept, so a copy of the table
-- yields no usable cookie. A session ends at expires_at, or after the idle timeout since last_seen_at.
CREATE TABLE sessions (
  session_hash text PRIMARY KEY,
  user_id text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Who tried to authenticate, when, and what came of it; never a password, token or cookie.
CREATE TABLE auth_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  principal text NOT NULL,
  org_id text,
  outcome text NOT NULL,
  ip text,
  detail text
);
CREATE INDEX auth_audit_principal_idx ON auth_audit (principal, at);

-- API tokens may be issued read-only: a `read` token is refused every write.
ALTER TABLE api_tokens ADD COLUMN scope text NOT NULL DEFAULT 'write' CHECK (scope IN ('read', 'write'));
