/**
 * Loads the planner's snapshot (src/planner/snapshot.ts) from the projections: ranked lines that are
 * priced (in no live package) or packaged (in a draft or a package raising money, with the package
 * line's own quantity and price), those packages with the USD value of their live allocations, every
 * pledge with its live allocations in its own currency, and the dated FX table. The same loader runs
 * inside accept-plan's transaction, so its fingerprint tells whether the record moved on.
 *
 * It is loaded as one caller may see the record: a pledge hidden from the caller, or whose amount is
 * withheld from it, is not money it may plan; a package hidden from it, or whose lines are, is left
 * out with its lines (a plan would show what they hold). So a plan never shows a caller a figure it
 * may not read, and its acceptance, checked against the same caller's snapshot, never moves one.
 */
import type { Earmark, PackageState, PledgeState, RequirementStatus } from '../../domain/events.ts';
import type { Currency } from '../../domain/money.ts';
import { fingerprint } from '../../planner/fingerprint.ts';
import type { Snapshot, SnapshotLine, SnapshotPackage, SnapshotPledge, UnplannableLine } from '../../planner/snapshot.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';
import { loadRates } from './summaries.ts';

const RAISING = ['draft', 'prioritised', 'funding'];

const plannablePackage = (c: Clearance, id: string) => c.canSee('package', id) && c.canRead('package', id, 'lines');

async function loadLines(q: Queryable, c: Clearance): Promise<{ lines: SnapshotLine[]; unplannable: UnplannableLine[] }> {
  const rows = await q.query<{
    line_id: string;
    rank: number;
    item: string;
    capability_area: string;
    needed_by: string;
    status: RequirementStatus;
    quantity: bigint;
    unit_price_minor: bigint | null;
    partial_allowed: boolean;
    package_id: string | null;
    package_quantity: bigint | null;
    package_unit_price_minor: bigint | null;
  }>(
    `SELECT r.line_id, r.rank, r.item, r.capability_area, r.needed_by, r.status, r.quantity, r.unit_price_minor, r.partial_allowed,
        pl.package_id, pl.quantity AS package_quantity, pl.unit_price_minor AS package_unit_price_minor
       FROM requirements r
       LEFT JOIN package_lines pl ON pl.line_id = r.line_id
         AND pl.package_id IN (SELECT package_id FROM packages WHERE state = ANY($1::text[]))
      WHERE r.rank IS NOT NULL
      ORDER BY r.rank, r.line_id`,
    [RAISING],
  );
  const lines: SnapshotLine[] = [];
  const unplannable: UnplannableLine[] = [];
  for (const r of rows) {
    if (r.status === 'proposed' || r.status === 'validated') {
      unplannable.push({ lineId: r.line_id, rank: r.rank, status: r.status, reason: r.status === 'proposed' ? 'it is not validated yet' : 'the supplier has not priced it yet' });
      continue;
    }
    if (r.package_id !== null && !plannablePackage(c, r.package_id)) continue;
    const packaged = r.status === 'packaged' && r.package_id !== null;
    if (!packaged && (r.status !== 'priced' || r.unit_price_minor === null)) continue;
    lines.push({
      lineId: r.line_id,
      rank: r.rank,
      item: r.item,
      capabilityArea: r.capability_area,
      neededBy: r.needed_by,
      status: r.status,
      quantity: packaged ? r.package_quantity! : r.quantity,
      unitPriceMinor: packaged ? r.package_unit_price_minor! : r.unit_price_minor!,
      partialAllowed: r.partial_allowed,
      packageId: packaged ? r.package_id : null,
    });
  }
  return { lines, unplannable };
}

async function loadPackages(q: Queryable, c: Clearance): Promise<SnapshotPackage[]> {
  const rows = await q.query<{
    package_id: string;
    name: string;
    state: PackageState;
    price_minor: bigint;
    allow_over_funding: boolean;
    funded: bigint | null;
    line_ids: string[];
  }>(
    `SELECT p.package_id, p.name, p.state, p.price_minor, p.allow_over_funding,
        (SELECT sum(a.usd_minor)::bigint FROM allocations a WHERE a.package_id = p.package_id AND NOT a.released) AS funded,
        (SELECT coalesce(jsonb_agg(pl.line_id ORDER BY pl.line_id), '[]'::jsonb) FROM package_lines pl WHERE pl.package_id = p.package_id) AS line_ids
       FROM packages p WHERE p.state = ANY($1::text[]) ORDER BY p.package_id`,
    [RAISING],
  );
  return rows.filter((r) => plannablePackage(c, r.package_id)).map((r) => ({
    packageId: r.package_id,
    name: r.name,
    state: r.state,
    priceMinor: r.price_minor,
    fundedMinor: r.funded ?? 0n,
    allowOverFunding: r.allow_over_funding,
    lineIds: r.line_ids,
  }));
}

async function loadPledges(q: Queryable, c: Clearance): Promise<SnapshotPledge[]> {
  const rows = await q.query<{
    pledge_id: string;
    amount_minor: bigint | null;
    currency: Currency | null;
    state: PledgeState;
    earmark: Earmark;
    duplicate_of: string | null;
    announced_on: string;
    allocated: bigint | null;
    contributors: string[];
  }>(
    `SELECT p.pledge_id, p.amount_minor, p.currency, p.state, p.earmark, p.duplicate_of, p.announced_on,
        (SELECT sum(a.amount_minor)::bigint FROM allocations a WHERE a.pledge_id = p.pledge_id AND NOT a.released) AS allocated,
        (SELECT coalesce(jsonb_agg(c.org_id ORDER BY c.position), '[]'::jsonb) FROM pledge_contributors c WHERE c.pledge_id = p.pledge_id) AS contributors
       FROM pledges p ORDER BY p.pledge_id`,
  );
  return rows.filter((r) => c.canSee('pledge', r.pledge_id) && c.canRead('pledge', r.pledge_id, 'amount')).map((r) => ({
    pledgeId: r.pledge_id,
    contributors: r.contributors,
    state: r.state,
    amount: r.amount_minor !== null && r.currency !== null ? { minor: r.amount_minor, currency: r.currency } : null,
    allocatedMinor: r.allocated ?? 0n,
    earmark: r.earmark,
    duplicateOf: r.duplicate_of,
    announcedOn: r.announced_on,
  }));
}

export async function loadPlannerSnapshot(q: Queryable, c: Clearance): Promise<Snapshot> {
  const { lines, unplannable } = await loadLines(q, c);
  const packages = await loadPackages(q, c);
  const pledges = await loadPledges(q, c);
  const rates = await loadRates(q);
  const body = { lines, packages, pledges, rates, unplannable };
  return { ...body, hash: fingerprint(body) };
}
