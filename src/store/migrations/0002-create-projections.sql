-- Projections: folds of the event log, updated in the transaction that appends the events and
-- re-derivable by `purl rebuild`. Times are the recorded_at of the event that set them.
CREATE TABLE organizations (
  org_id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL,
  country text
);

CREATE TABLE fx_rates (
  seq bigint PRIMARY KEY,
  date date NOT NULL,
  base text NOT NULL,
  quote text NOT NULL,
  rate text NOT NULL,
  source text NOT NULL,
  note text
);
CREATE INDEX fx_rates_pair_idx ON fx_rates (base, quote, date);

CREATE TABLE public_totals (
  claim_id text PRIMARY KEY,
  date date NOT NULL,
  amount_minor bigint,
  currency text,
  scope text NOT NULL,
  packages_count integer,
  contributors_count integer,
  said_by text NOT NULL,
  sources jsonb NOT NULL,
  note text
);

CREATE TABLE requirements (
  line_id text PRIMARY KEY,
  capability_area text NOT NULL,
  item text NOT NULL,
  quantity bigint NOT NULL,
  unit text NOT NULL,
  est_unit_price_minor bigint NOT NULL,
  unit_price_minor bigint,
  price_currency text NOT NULL DEFAULT 'USD',
  availability text,
  needed_by text NOT NULL,
  partial_allowed boolean NOT NULL,
  rank integer,
  status text NOT NULL,
  status_reason text,
  package_id text,
  illustrative boolean NOT NULL,
  proposed_at timestamptz NOT NULL,
  validated_at timestamptz,
  priced_at timestamptz,
  funded_at timestamptz,
  delivered_at timestamptz
);

CREATE TABLE list_versions (
  version_id text PRIMARY KEY,
  month text NOT NULL,
  lines jsonb NOT NULL,
  approvals jsonb NOT NULL,
  status text NOT NULL,
  proposed_at timestamptz NOT NULL,
  approved_at timestamptz
);

CREATE TABLE packages (
  package_id text PRIMARY KEY,
  name text NOT NULL,
  state text NOT NULL,
  price_minor bigint NOT NULL,
  currency text NOT NULL DEFAULT 'USD',
  allow_over_funding boolean NOT NULL,
  case_reference text,
  illustrative boolean NOT NULL,
  state_reason text,
  created_at timestamptz NOT NULL,
  funded_at timestamptz,
  contracted_at timestamptz,
  delivery_started_at timestamptz,
  delivered_at timestamptz,
  closed_at timestamptz,
  cancelled_at timestamptz
);

CREATE TABLE package_lines (
  package_id text NOT NULL,
  line_id text NOT NULL,
  quantity bigint NOT NULL,
  unit_price_minor bigint NOT NULL,
  shipped bigint NOT NULL DEFAULT 0,
  received bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (package_id, line_id)
);

CREATE TABLE pledges (
  pledge_id text PRIMARY KEY,
  amount_minor bigint,
  currency text,
  amount_missing_reason text,
  qualifier text NOT NULL,
  stated_equivalent_minor bigint,
  stated_equivalent_currency text,
  earmark jsonb NOT NULL,
  announced_on text NOT NULL,
  announced_precision text NOT NULL,
  contents text,
  package_number_claim text,
  sources jsonb NOT NULL,
  note text,
  state text NOT NULL,
  state_reason text,
  paid_minor bigint NOT NULL DEFAULT 0,
  duplicate_of text,
  duplicate_reason text,
  recorded_at timestamptz NOT NULL,
  committed_at timestamptz,
  paid_at timestamptz
);

CREATE TABLE pledge_contributors (
  pledge_id text NOT NULL,
  org_id text NOT NULL,
  position integer NOT NULL,
  share_minor bigint,
  share_currency text,
  PRIMARY KEY (pledge_id, org_id)
);
CREATE INDEX pledge_contributors_org_idx ON pledge_contributors (org_id);

CREATE TABLE pledge_amount_changes (
  seq bigint PRIMARY KEY,
  pledge_id text NOT NULL,
  from_minor bigint,
  to_minor bigint NOT NULL,
  currency text NOT NULL,
  reason text NOT NULL,
  changed_at timestamptz NOT NULL
);

CREATE TABLE payments (
  payment_id text PRIMARY KEY,
  pledge_id text NOT NULL,
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  paid_on date NOT NULL,
  reference text
);

CREATE TABLE allocations (
  allocation_id text PRIMARY KEY,
  pledge_id text NOT NULL,
  package_id text NOT NULL,
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  usd_minor bigint NOT NULL,
  fx jsonb,
  released boolean NOT NULL DEFAULT false,
  released_reason text,
  allocated_at timestamptz NOT NULL
);
CREATE INDEX allocations_pledge_idx ON allocations (pledge_id);
CREATE INDEX allocations_package_idx ON allocations (package_id);

CREATE TABLE shipments (
  shipment_id text PRIMARY KEY,
  package_id text NOT NULL,
  line_id text NOT NULL,
  quantity bigint NOT NULL,
  shipped_on date NOT NULL,
  received_quantity bigint,
  received_on date,
  note text
);
