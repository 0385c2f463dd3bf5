/**
 * Read models of packages for the API and CLI: a filtered page of summaries, or one package with its
 * lines (quantity, price, shipped, received), its allocations, its funding (live USD total and gap)
 * and its shipments.
 */
import type { PackageState, RequirementStatus } from '../../domain/events.ts';
import type { MoneyJson } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';
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
  lineCount: number;
  createdAt: string;
  fundedAt: string | null;
  contractedAt: string | null;
  deliveryStartedAt: string | null;
  deliveredAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
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
  lines: PackageLineView[];
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

const SELECT = `
  SELECT k.*,
    (SELECT coalesce(sum(a.usd_minor), 0)::bigint FROM allocations a WHERE a.package_id = k.package_id AND NOT a.released) AS funded_minor,
    (SELECT count(*)::bigint FROM package_lines l WHERE l.package_id = k.package_id) AS line_count
  FROM packages k`;

const iso = (t: Ts): string | null => (t === null ? null : new Date(t).toISOString());
const usd = (minor: bigint): MoneyJson => ({ minor: minor.toString(), currency: 'USD' });

function toSummary(r: Row): PackageSummary {
  const gap = r.price_minor - r.funded_minor;
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
    lineCount: Number(r.line_count),
    createdAt: new Date(r.created_at).toISOString(),
    fundedAt: iso(r.funded_at),
    contractedAt: iso(r.contracted_at),
    deliveryStartedAt: iso(r.delivery_started_at),
    deliveredAt: iso(r.delivered_at),
    closedAt: iso(r.closed_at),
    cancelledAt: iso(r.cancelled_at),
  };
}

export interface PackageFilter {
  state?: PackageState | undefined;
  limit: number;
  offset: number;
}

export async function listPackageSummaries(q: Queryable, f: PackageFilter): Promise<{ items: PackageSummary[]; total: number }> {
  const where = 'WHERE ($1::text IS NULL OR k.state = $1)';
  const rows = await q.query<Row>(`${SELECT} ${where} ORDER BY k.created_at, k.package_id LIMIT $2 OFFSET $3`, [f.state ?? null, f.limit, f.offset]);
  const total = await q.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM packages k ${where}`, [f.state ?? null]);
  return { items: rows.map(toSummary), total: Number(total[0]?.n ?? 0n) };
}

export async function packageView(q: Queryable, packageId: string): Promise<PackageView | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE k.package_id = $1`, [packageId]);
  if (!rows[0]) return undefined;
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
    ...toSummary(rows[0]),
    lines: lines.map((l) => ({
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
    allocations: (await listAllocationViews(q, { ...page, includeReleased: true })).items,
    shipments: (await listShipmentViews(q, page)).items,
  };
}
