/** Invariants that must hold over the record after any sequence of commands; each returns its violations. */
import type { Queryable } from '../../../src/store/db.ts';
import { guaranteeViolations } from './guarantees.ts';

export async function violations(q: Queryable): Promise<string[]> {
  const out: string[] = [];
  const pledges = await q.query<{ pledge_id: string; amount_minor: bigint | null; currency: string | null; paid_minor: bigint; allocated: bigint; foreign: bigint }>(
    `SELECT p.pledge_id, p.amount_minor, p.currency, p.paid_minor,
            COALESCE(sum(a.amount_minor) FILTER (WHERE NOT a.released), 0)::bigint AS allocated,
            count(a.*) FILTER (WHERE a.currency IS DISTINCT FROM p.currency)::bigint AS foreign
       FROM pledges p LEFT JOIN allocations a ON a.pledge_id = p.pledge_id
      GROUP BY p.pledge_id, p.amount_minor, p.currency, p.paid_minor`,
  );
  for (const p of pledges) {
    const amount = p.amount_minor ?? 0n;
    if (p.allocated > amount) out.push(`pledge ${p.pledge_id}: allocated ${p.allocated} > amount ${amount}`);
    if (p.paid_minor > amount) out.push(`pledge ${p.pledge_id}: paid ${p.paid_minor} > amount ${amount}`);
    if (p.foreign > 0n) out.push(`pledge ${p.pledge_id}: ${p.foreign} allocation(s) not in the pledge's currency ${p.currency}`);
  }
  const dups = await q.query<{ pledge_id: string; original: string | null; original_dup: string | null }>(
    `SELECT d.pledge_id, o.pledge_id AS original, o.duplicate_of AS original_dup
       FROM pledges d LEFT JOIN pledges o ON o.pledge_id = d.duplicate_of WHERE d.duplicate_of IS NOT NULL`,
  );
  for (const d of dups) {
    if (d.original === null) out.push(`pledge ${d.pledge_id} duplicates a pledge that does not exist`);
    else if (d.original_dup !== null) out.push(`pledge ${d.pledge_id} duplicates ${d.original}, itself a duplicate of ${d.original_dup}`);
  }
  const ranks = (await q.query<{ rank: number }>('SELECT rank FROM requirements WHERE rank IS NOT NULL ORDER BY rank')).map((r) => r.rank);
  if (ranks.some((r, i) => r !== i + 1)) out.push(`active ranks are not 1..${ranks.length}: ${ranks.join(',')}`);
  // A shortfall confirmed on receipt is lost and may be shipped again; what is on its way or arrived never exceeds the contract.
  const lines = await q.query<{ package_id: string; line_id: string; quantity: bigint; shipped: bigint; received: bigint; lost: bigint }>(
    `SELECT package_id, line_id, quantity, shipped, received, lost FROM package_lines
      WHERE NOT (received <= quantity AND shipped - lost <= quantity AND received + lost <= shipped)`,
  );
  for (const l of lines) out.push(`package ${l.package_id} line ${l.line_id}: received ${l.received}, lost ${l.lost}, shipped ${l.shipped}, contracted ${l.quantity}`);
  out.push(...(await guaranteeViolations(q)));
  return out;
}
