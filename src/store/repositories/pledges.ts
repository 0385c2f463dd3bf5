/** Reads pledges into domain shape, for commands (under the writer lock) and for the API. */
import { notFound } from '../../domain/errors.ts';
import type { Contributor, Earmark, PledgeState } from '../../domain/events.ts';
import type { Currency } from '../../domain/money.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Queryable } from '../db.ts';

interface PledgeRow {
  pledge_id: string;
  amount_minor: bigint | null;
  currency: string | null;
  state: string;
  paid_minor: bigint;
  earmark: Earmark;
  duplicate_of: string | null;
}

export async function findPledge(q: Queryable, pledgeId: string): Promise<Pledge | undefined> {
  const rows = await q.query<PledgeRow>(
    'SELECT pledge_id, amount_minor, currency, state, paid_minor, earmark, duplicate_of FROM pledges WHERE pledge_id = $1',
    [pledgeId],
  );
  const r = rows[0];
  if (!r) return undefined;
  const contributors = await q.query<{ org_id: string; share_minor: bigint | null; share_currency: string | null }>(
    'SELECT org_id, share_minor, share_currency FROM pledge_contributors WHERE pledge_id = $1 ORDER BY position',
    [pledgeId],
  );
  const alloc = await q.query<{ s: bigint | null }>(
    'SELECT sum(amount_minor)::bigint AS s FROM allocations WHERE pledge_id = $1 AND NOT released',
    [pledgeId],
  );
  return {
    pledgeId: r.pledge_id,
    contributors: contributors.map(
      (c): Contributor => ({
        orgId: c.org_id,
        ...(c.share_minor !== null ? { share: { minor: c.share_minor.toString(), currency: c.share_currency as Currency } } : {}),
      }),
    ),
    amount: r.amount_minor !== null ? { minor: r.amount_minor, currency: r.currency as Currency } : null,
    state: r.state as PledgeState,
    paid: r.paid_minor,
    allocated: alloc[0]?.s ?? 0n,
    earmark: r.earmark,
    duplicateOf: r.duplicate_of,
  };
}

export async function getPledge(q: Queryable, pledgeId: string): Promise<Pledge> {
  const p = await findPledge(q, pledgeId);
  if (!p) throw notFound('pledge', pledgeId);
  return p;
}

export async function organizationExists(q: Queryable, orgId: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM organizations WHERE org_id = $1', [orgId])).length > 0;
}
