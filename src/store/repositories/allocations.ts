/** Reads allocations and the FX rates that value them, for commands (under the writer lock). */
import type { Allocation } from '../../domain/allocation.ts';
import { notFound } from '../../domain/errors.ts';
import type { FxRate } from '../../domain/fx.ts';
import { PIVOT } from '../../domain/fx.ts';
import type { Currency } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';

export async function findAllocation(q: Queryable, allocationId: string): Promise<Allocation | undefined> {
  const rows = await q.query<{
    allocation_id: string;
    pledge_id: string;
    package_id: string;
    amount_minor: bigint;
    currency: Currency;
    usd_minor: bigint;
    released: boolean;
  }>('SELECT allocation_id, pledge_id, package_id, amount_minor, currency, usd_minor, released FROM allocations WHERE allocation_id = $1', [allocationId]);
  const r = rows[0];
  if (!r) return undefined;
  return {
    allocationId: r.allocation_id,
    pledgeId: r.pledge_id,
    packageId: r.package_id,
    amount: { minor: r.amount_minor, currency: r.currency },
    usdValue: { minor: r.usd_minor, currency: 'USD' },
    released: r.released,
  };
}

export async function getAllocation(q: Queryable, allocationId: string): Promise<Allocation> {
  const a = await findAllocation(q, allocationId);
  if (!a) throw notFound('allocation', allocationId);
  return a;
}

/** Every recorded rate between `currency`, EUR and USD: all a conversion to USD (direct or through EUR) may use. */
export async function ratesFor(q: Queryable, currency: Currency): Promise<FxRate[]> {
  const codes = [...new Set([currency, PIVOT, 'USD'])];
  const rows = await q.query<{ date: string; base: Currency; quote: Currency; rate: string; source: string }>(
    `SELECT date::text AS date, base, quote, rate, source FROM fx_rates
      WHERE base = ANY($1::text[]) AND quote = ANY($1::text[]) ORDER BY date, seq`,
    [codes],
  );
  return rows;
}
