-- The transparency log (RFC 9162 Merkle tree over the events, C2SP signed checkpoints). These
-- tables are part of the log, not projections: `purl rebuild` leaves them alone, export carries
-- them, and `purl verify` recomputes every hash in them from the events.

-- Signing keys: one Ed25519 key per organization that acts, and the log's own checkpoint key.
-- private_key is the PKCS#8 key sealed with AES-256-GCM under the master key (PURL_MASTER_KEY or
-- the data folder's master.key); it is NULL for keys that came in with an imported log.
CREATE TABLE log_keys (
  key_name text NOT NULL,
  key_id text NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('log', 'org')),
  org_id text,
  public_key bytea NOT NULL,
  private_key bytea,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (key_name, key_id)
);

-- One leaf per event (leaf index = seq - 1): the hash of the canonical event with its signature.
CREATE TABLE log_leaves (
  seq bigint PRIMARY KEY,
  leaf_hash bytea NOT NULL,
  signer text NOT NULL,
  signature bytea NOT NULL
);
CREATE INDEX log_leaves_hash_idx ON log_leaves (leaf_hash);

-- Every complete subtree above the leaves: node (level, idx) hashes leaves [idx*2^level, (idx+1)*2^level).
CREATE TABLE merkle_nodes (
  level smallint NOT NULL,
  idx bigint NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (level, idx)
);

-- Signed tree heads, numbered without gaps; one per committed batch, so sizes strictly increase.
CREATE TABLE log_checkpoints (
  number bigint PRIMARY KEY,
  tree_size bigint NOT NULL UNIQUE,
  root_hash bytea NOT NULL,
  note text NOT NULL
);

-- Witness cosignatures (C2SP tlog-cosignature), several per checkpoint.
CREATE TABLE log_cosignatures (
  tree_size bigint NOT NULL,
  key_name text NOT NULL,
  key_id text NOT NULL,
  witness_key text NOT NULL,
  signed_at bigint NOT NULL,
  line text NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (tree_size, key_name, key_id)
);
