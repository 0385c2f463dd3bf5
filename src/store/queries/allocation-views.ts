/**
 * Read models of allocations for the API and CLI: a filtered page, with the pledge's contributors and
 * the rates used, as one caller may see them: an allocation is hidden with its pledge or its package.
 * What an allocation says (which package a pledge's money went to, and how much) is coalition
 * information even where the pledge's total is restricted (src/domain/disclosure.ts).
 */
import type { FundsAllocated } from '../../domain/events.ts';
import type { Currency, MoneyJson } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';

export interface AllocationView {
  allocationId: string;
  pledgeId: string;
  packageId: string;
  packageName: string | null;
  contributors: string[];
  amount: MoneyJson;
  usdValue: MoneyJson;
  fx: FundsAllocated['payload']['fx'];
  released: boolean;
  releasedReason: string | null;
  allocatedAt: string;
}

interface Row {
  allocation_id: string;
  pledge_id: string;
  package_id: string;
  package_name: string | null;
  contributors: string[];
  amount_minor: bigint;
  currency: Currency;
  usd_minor: bigint;
  fx: FundsAllocated['payload']['fx'] | null;
  released: boolean;
  released_reason: string | null;
  allocated_at: Date | string;
}

const SELECT = `
  SELECT a.*, k.name AS package_name,
    (SELECT coalesce(jsonb_agg(c.org_id ORDER BY c.position), '[]'::jsonb) FROM pledge_contributors c WHERE c.pledge_id = a.pledge_id) AS contributors
  FROM allocations a LEFT JOIN packages k ON k.package_id = a.package_id`;

const toView = (r: Row): AllocationView => ({
  allocationId: r.allocation_id,
  pledgeId: r.pledge_id,
  packageId: r.package_id,
  packageName: r.package_name,
  contributors: r.contributors,
  amount: { minor: r.amount_minor.toString(), currency: r.currency },
  usdValue: { minor: r.usd_minor.toString(), currency: 'USD' },
  fx: r.fx ?? [],
  released: r.released,
  releasedReason: r.released_reason,
  allocatedAt: new Date(r.allocated_at).toISOString(),
});

export const canSeeAllocation = (c: Clearance, a: { pledge_id: string; package_id: string }): boolean => c.canSee('pledge', a.pledge_id) && c.canSee('package', a.package_id);

/** One allocation, or undefined when it does not exist or the caller may not see it (the same answer). */
export async function allocationView(q: Queryable, c: Clearance, allocationId: string): Promise<AllocationView | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE a.allocation_id = $1`, [allocationId]);
  return rows[0] && canSeeAllocation(c, rows[0]) ? toView(rows[0]) : undefined;
}

export interface AllocationFilter {
  pledgeId?: string | undefined;
  packageId?: string | undefined;
  /** Live allocations only (the default), or released ones too. */
  includeReleased?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listAllocationViews(q: Queryable, c: Clearance, f: AllocationFilter): Promise<{ items: AllocationView[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR a.pledge_id = $1) AND ($2::text IS NULL OR a.package_id = $2) AND ($3::boolean OR NOT a.released)`;
  const params = [f.pledgeId ?? null, f.packageId ?? null, f.includeReleased ?? false];
  const rows = (await q.query<Row>(`${SELECT} ${where} ORDER BY a.allocated_at, a.allocation_id`, params)).filter((r) => canSeeAllocation(c, r));
  return { items: rows.slice(f.offset, f.offset + f.limit).map(toView), total: rows.length };
}
