-- The security-guarantees registry: frameworks with their parties and legal-status history,
-- commitments by pillar with their schedules, fulfilment evidence, and the negotiation record.
-- Projections like the others: folds of the log, re-derived by `purl rebuild`.
CREATE TABLE guarantee_frameworks (
  framework_id text PRIMARY KEY,
  kind text NOT NULL,
  title text NOT NULL,
  parties_note text,
  umbrella text,
  binding_level text NOT NULL,
  binding_basis text,
  status text NOT NULL,
  suspended_from text,
  status_on text,
  status_precision text,
  starts_on text,
  starts_precision text,
  duration_years integer,
  ends_on text,
  ends_precision text,
  duration_note text,
  sources jsonb NOT NULL,
  public_record boolean NOT NULL,
  note text,
  recorded_by text NOT NULL,
  registered_at timestamptz NOT NULL
);

CREATE TABLE guarantee_framework_parties (
  framework_id text NOT NULL,
  org_id text NOT NULL,
  role text NOT NULL,
  lead boolean NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (framework_id, org_id)
);
CREATE INDEX guarantee_framework_parties_org_idx ON guarantee_framework_parties (org_id);

-- Every status the framework has had, the first one (from its registration) included.
CREATE TABLE guarantee_status_history (
  seq bigint PRIMARY KEY,
  framework_id text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  effective_on text,
  effective_precision text,
  correction boolean NOT NULL,
  reason text,
  binding_level text,
  sources jsonb NOT NULL,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX guarantee_status_history_framework_idx ON guarantee_status_history (framework_id);

CREATE TABLE guarantee_commitments (
  commitment_id text PRIMARY KEY,
  framework_id text NOT NULL,
  stance text NOT NULL,
  terms jsonb NOT NULL,
  currency text,
  statement text NOT NULL,
  condition text,
  reported_by text,
  stated_equivalent_minor bigint,
  stated_equivalent_currency text,
  made_on text,
  made_precision text,
  sources jsonb NOT NULL,
  public_record boolean NOT NULL,
  note text,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  schedule_reason text,
  schedule_sources jsonb,
  schedule_set_at timestamptz
);
CREATE INDEX guarantee_commitments_framework_idx ON guarantee_commitments (framework_id);

CREATE TABLE guarantee_commitment_guarantors (
  commitment_id text NOT NULL,
  org_id text NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (commitment_id, org_id)
);
CREATE INDEX guarantee_commitment_guarantors_org_idx ON guarantee_commitment_guarantors (org_id);

CREATE TABLE guarantee_commitment_pillars (
  commitment_id text NOT NULL,
  pillar text NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (commitment_id, pillar)
);
CREATE INDEX guarantee_commitment_pillars_pillar_idx ON guarantee_commitment_pillars (pillar);

-- The current schedule of each commitment; a new schedule replaces these rows.
CREATE TABLE guarantee_obligations (
  commitment_id text NOT NULL,
  obligation_id text NOT NULL,
  position integer NOT NULL,
  label text NOT NULL,
  due_by text NOT NULL,
  due_precision text NOT NULL,
  amount_minor bigint,
  currency text,
  quantity bigint,
  note text,
  PRIMARY KEY (commitment_id, obligation_id)
);

CREATE TABLE guarantee_fulfilments (
  fulfilment_id text PRIMARY KEY,
  seq bigint NOT NULL,
  commitment_id text NOT NULL,
  obligation_id text,
  evidence_kind text NOT NULL,
  pledge_id text,
  payment_id text,
  amount_minor bigint,
  currency text,
  quantity bigint,
  description text,
  delivered_on date,
  evidence_sources jsonb,
  value_minor bigint,
  value_currency text,
  valued_on date NOT NULL,
  fx jsonb NOT NULL,
  illustrative boolean NOT NULL,
  basis text NOT NULL,
  accept_excess boolean NOT NULL,
  withdrawn boolean NOT NULL DEFAULT false,
  withdrawn_reason text,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX guarantee_fulfilments_commitment_idx ON guarantee_fulfilments (commitment_id);
CREATE INDEX guarantee_fulfilments_pledge_idx ON guarantee_fulfilments (pledge_id);

CREATE TABLE guarantee_milestones (
  milestone_id text PRIMARY KEY,
  framework_id text NOT NULL,
  on_value text NOT NULL,
  on_precision text NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  participants jsonb NOT NULL,
  topics jsonb NOT NULL,
  outcome text NOT NULL,
  figures text,
  sources jsonb NOT NULL,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX guarantee_milestones_framework_idx ON guarantee_milestones (framework_id);
