/**
 * Read models of packages for the API and CLI: a filtered page of summaries, or one package with its
 * lines (quantity, price, shipped, received), its allocations, its funding (live USD total and gap)
 * and its shipments, as one caller may see them: a package is hidden with its record; its lines
 * (what it holds, how many, and the count of lines) are withheld with its `lines` field; its funding
 * counts only allocations the caller may see.
 */
import type { PackageState, RequirementStatus } from '../../domain/events.ts';
import type { MoneyJson } from '../../domain/money.ts';
import type { Level, WithheldNote } from '../../domain/classification.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';
import { listAllocationViews, type AllocationView } from './allocation-views.ts';
import { listShipmentViews, type ShipmentView } from './shipment-views.ts';

export interface PackageSummary {
  packageId: string;
  name: string;
  state: PackageState;
  stateReason: string | null;
  price: MoneyJson;
  /** The live allocations' USD value. */
  funded: MoneyJson;
  /** What is still missing to reach the price (zero when funded or over-funded). */
  gap: MoneyJson;
  allowOverFunding: boolean;
  illustrative: boolean;
  caseReference: string | null;
  /** Null when the package's lines are withheld from the caller. */
  lineCount: number | null;
  createdAt: string;
  fundedAt: string | null;
  contractedAt: string | null;
  deliveryStartedAt: string | null;
  deliveredAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  classification: { record: Level; lines: Level };
  withheld: WithheldNote[];
}

export interface PackageLineView {
  lineId: string;
  item: string | null;
  capabilityArea: string | null;
  unit: string | null;
  status: RequirementStatus | null;
  quantity: string;
  unitPrice: MoneyJson;
  total: MoneyJson;
  shipped: string;
  received: string;
  /** Shipped but confirmed not received; may be shipped again. */
  lost: string;
}

export interface PackageView extends PackageSummary {
  /** Null when withheld from the caller (see `withheld`). */
  lines: PackageLineView[] | null;
  allocations: AllocationView[];
  shipments: ShipmentView[];
}

type Ts = Date | string | null;

interface Row {
  package_id: string;
  name: string;
  state: PackageState;
  state_reason: string | null;
  price_minor: bigint;
  funded_minor: bigint;
  allow_over_funding: boolean;
  illustrative: boolean;
  case_reference: string | null;
  line_count: bigint;
  created_at: Date | string;
  funded_at: Ts;
  contracted_at: Ts;
  delivery_started_at: Ts;
  delivered_at: Ts;
  closed_at: Ts;
  cancelled_at: Ts;
}

// Funding counts only allocations from pledges the caller may see ($1: those it may not).
const SELECT = `
  SELECT k.*,
    (SELECT coalesce(sum(a.usd_minor), 0)::bigint FROM allocations a
      WHERE a.package_id = k.package_id AND NOT a.released AND NOT (a.pledge_id = ANY($1::text[]))) AS funded_minor,
    (SELECT count(*)::bigint FROM package_lines l WHERE l.package_id = k.package_id) AS line_count
  FROM packages k`;

async function hiddenPledges(q: Queryable, c: Clearance): Promise<string[]> {
  return (await q.query<{ pledge_id: string }>('SELECT pledge_id FROM pledges')).map((r) => r.pledge_id).filter((id) => !c.canSee('pledge', id));
}

const iso = (t: Ts): string | null => (t === null ? null : new Date(t).toISOString());
const usd = (minor: bigint): MoneyJson => ({ minor: minor.toString(), currency: 'USD' });

function toSummary(r: Row, c: Clearance): PackageSummary {
  const gap = r.price_minor - r.funded_minor;
  const linesWithheld = c.withheld('package', r.package_id, 'lines');
  return {
    packageId: r.package_id,
    name: r.name,
    state: r.state,
    stateReason: r.state_reason,
    price: usd(r.price_minor),
    funded: usd(r.funded_minor),
    gap: usd(gap > 0n ? gap : 0n),
    allowOverFunding: r.allow_over_funding,
    illustrative: r.illustrative,
    caseReference: r.case_reference,
    lineCount: linesWithheld ? null : Number(r.line_count),
    createdAt: new Date(r.created_at).toISOString(),
    fundedAt: iso(r.funded_at),
    contractedAt: iso(r.contracted_at),
    deliveryStartedAt: iso(r.delivery_started_at),
    deliveredAt: iso(r.delivered_at),
    closedAt: iso(r.closed_at),
    cancelledAt: iso(r.cancelled_at),
    classification: { record: c.classification('package', r.package_id, 'record').level, lines: c.classification('package', r.package_id, 'lines').level },
    withheld: linesWithheld ? [linesWithheld] : [],
  };
}

export interface PackageFilter {
  state?: PackageState | undefined;
  limit: number;
  offset: number;
}

export async function listPackageSummaries(q: Queryable, c: Clearance, f: PackageFilter): Promise<{ items: PackageSummary[]; total: number }> {
  const rows = (
    await q.query<Row>(`${SELECT} WHERE ($2::text IS NULL OR k.state = $2) ORDER BY k.created_at, k.package_id`, [await hiddenPledges(q, c), f.state ?? null])
  ).filter((r) => c.canSee('package', r.package_id));
  return { items: rows.slice(f.offset, f.offset + f.limit).map((r) => toSummary(r, c)), total: rows.length };
}

/** One package, or undefined when it does not exist or the caller may not see it (the same answer). */
export async function packageView(q: Queryable, c: Clearance, packageId: string): Promise<PackageView | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE k.package_id = $2`, [await hiddenPledges(q, c), packageId]);
  if (!rows[0] || !c.canSee('package', packageId)) return undefined;
  const summary = toSummary(rows[0], c);
  const lines = await q.query<{
    line_id: string;
    item: string | null;
    capability_area: string | null;
    unit: string | null;
    status: RequirementStatus | null;
    quantity: bigint;
    unit_price_minor: bigint;
    shipped: bigint;
    received: bigint;
    lost: bigint;
  }>(
    `SELECT l.line_id, r.item, r.capability_area, r.unit, r.status, l.quantity, l.unit_price_minor, l.shipped, l.received, l.lost
       FROM package_lines l LEFT JOIN requirements r ON r.line_id = l.line_id
      WHERE l.package_id = $1 ORDER BY l.line_id`,
    [packageId],
  );
  // A package's allocations and shipments are few; the page bound is a guard, not a paging scheme.
  const page = { packageId, limit: 10_000, offset: 0 };
  return {
    ...summary,
    lines: summary.lineCount === null ? null : lines.map((l) => ({
      lineId: l.line_id,
      item: l.item,
      capabilityArea: l.capability_area,
      unit: l.unit,
      status: l.status,
      quantity: l.quantity.toString(),
      unitPrice: usd(l.unit_price_minor),
      total: usd(l.unit_price_minor * l.quantity),
      shipped: l.shipped.toString(),
      received: l.received.toString(),
      lost: l.lost.toString(),
    })),
    allocations: (await listAllocationViews(q, c, { ...page, includeReleased: true })).items,
    shipments: (await listShipmentViews(q, c, page)).items,
  };
}
