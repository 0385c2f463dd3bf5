/** Reads packages into domain shape, with their lines and live allocations, for commands (under the writer lock). */
import { notFound } from '../../domain/errors.ts';
import type { PackageState, RequirementStatus } from '../../domain/events.ts';
import type { Currency } from '../../domain/money.ts';
import { LIVE_STATES, type CandidateLine, type Package } from '../../domain/package.ts';
import type { Queryable } from '../db.ts';

interface PackageRow {
  package_id: string;
  name: string;
  state: PackageState;
  price_minor: bigint;
  allow_over_funding: boolean;
  illustrative: boolean;
  case_reference: string | null;
}

interface LineRow {
  line_id: string;
  quantity: bigint;
  unit_price_minor: bigint;
  shipped: bigint;
  received: bigint;
  lost: bigint;
  capability_area: string;
  status: RequirementStatus;
}

interface AllocationRow {
  allocation_id: string;
  pledge_id: string;
  amount_minor: bigint;
  currency: Currency;
  usd_minor: bigint;
}

export async function findPackage(q: Queryable, packageId: string): Promise<Package | undefined> {
  const rows = await q.query<PackageRow>(
    'SELECT package_id, name, state, price_minor, allow_over_funding, illustrative, case_reference FROM packages WHERE package_id = $1',
    [packageId],
  );
  const r = rows[0];
  if (!r) return undefined;
  const lines = await q.query<LineRow>(
    `SELECT pl.line_id, pl.quantity, pl.unit_price_minor, pl.shipped, pl.received, pl.lost, r.capability_area, r.status
       FROM package_lines pl JOIN requirements r ON r.line_id = pl.line_id
      WHERE pl.package_id = $1 ORDER BY pl.line_id`,
    [packageId],
  );
  const allocations = await q.query<AllocationRow>(
    `SELECT allocation_id, pledge_id, amount_minor, currency, usd_minor FROM allocations
      WHERE package_id = $1 AND NOT released ORDER BY allocated_at, allocation_id`,
    [packageId],
  );
  return {
    packageId: r.package_id,
    name: r.name,
    state: r.state,
    price: { minor: r.price_minor, currency: 'USD' },
    allowOverFunding: r.allow_over_funding,
    illustrative: r.illustrative,
    caseReference: r.case_reference,
    lines: lines.map((l) => ({
      lineId: l.line_id,
      quantity: l.quantity,
      unitPrice: { minor: l.unit_price_minor, currency: 'USD' },
      capabilityArea: l.capability_area,
      status: l.status,
      shipped: l.shipped,
      received: l.received,
      lost: l.lost,
    })),
    allocations: allocations.map((a) => ({
      allocationId: a.allocation_id,
      pledgeId: a.pledge_id,
      amount: { minor: a.amount_minor, currency: a.currency },
      usdValue: { minor: a.usd_minor, currency: 'USD' },
    })),
  };
}

export async function getPackage(q: Queryable, packageId: string): Promise<Package> {
  const p = await findPackage(q, packageId);
  if (!p) throw notFound('package', packageId);
  return p;
}

export async function packageExists(q: Queryable, packageId: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM packages WHERE package_id = $1', [packageId])).length > 0;
}

/** The named requirement lines as a new package finds them, with the live package holding each, if any. */
export async function candidateLines(q: Queryable, lineIds: readonly string[]): Promise<Map<string, CandidateLine>> {
  const rows = await q.query<{
    line_id: string;
    status: RequirementStatus;
    quantity: bigint;
    unit_price_minor: bigint | null;
    price_currency: Currency;
    live_package_id: string | null;
  }>(
    `SELECT r.line_id, r.status, r.quantity, r.unit_price_minor, r.price_currency,
       (SELECT pl.package_id FROM package_lines pl JOIN packages p ON p.package_id = pl.package_id
         WHERE pl.line_id = r.line_id AND p.state = ANY($2::text[]) ORDER BY pl.package_id LIMIT 1) AS live_package_id
       FROM requirements r WHERE r.line_id = ANY($1::text[])`,
    [lineIds, LIVE_STATES],
  );
  return new Map(
    rows.map((r) => [
      r.line_id,
      {
        lineId: r.line_id,
        status: r.status,
        quantity: r.quantity,
        unitPrice: r.unit_price_minor !== null ? { minor: r.unit_price_minor, currency: r.price_currency } : null,
        livePackageId: r.live_package_id,
      },
    ]),
  );
}
