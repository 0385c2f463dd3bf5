/** Reads requirement lines, the active ranking and list versions into domain shape, for commands. */
import type { Role } from '../../domain/actors.ts';
import { notFound } from '../../domain/errors.ts';
import type { RequirementStatus } from '../../domain/events.ts';
import type { ListVersion, ListVersionStatus } from '../../domain/list-version.ts';
import type { Currency } from '../../domain/money.ts';
import type { Ranking, Requirement } from '../../domain/requirement.ts';
import type { Queryable } from '../db.ts';

interface LineRow {
  line_id: string;
  status: RequirementStatus;
  quantity: bigint;
  rank: number | null;
  unit_price_minor: bigint | null;
  price_currency: Currency;
  availability: string | null;
  package_id: string | null;
}

export async function findRequirement(q: Queryable, lineId: string): Promise<Requirement | undefined> {
  const rows = await q.query<LineRow>(
    'SELECT line_id, status, quantity, rank, unit_price_minor, price_currency, availability, package_id FROM requirements WHERE line_id = $1',
    [lineId],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    lineId: r.line_id,
    status: r.status,
    quantity: r.quantity,
    rank: r.rank,
    unitPrice: r.unit_price_minor !== null ? { minor: r.unit_price_minor, currency: r.price_currency } : null,
    availability: r.availability,
    packageId: r.package_id,
  };
}

export async function getRequirement(q: Queryable, lineId: string): Promise<Requirement> {
  const line = await findRequirement(q, lineId);
  if (!line) throw notFound('requirement', lineId);
  return line;
}

/** The active lines, most urgent first. */
export async function activeRanking(q: Queryable): Promise<Ranking> {
  const rows = await q.query<{ line_id: string }>('SELECT line_id FROM requirements WHERE rank IS NOT NULL ORDER BY rank, line_id');
  return rows.map((r) => r.line_id);
}

export async function findListVersion(q: Queryable, versionId: string): Promise<ListVersion | undefined> {
  const rows = await q.query<{ version_id: string; month: string; status: ListVersionStatus; approvals: { role: Role; orgId: string }[] }>(
    'SELECT version_id, month, status, approvals FROM list_versions WHERE version_id = $1',
    [versionId],
  );
  const r = rows[0];
  return r ? { versionId: r.version_id, month: r.month, status: r.status, approvals: r.approvals } : undefined;
}

export async function getListVersion(q: Queryable, versionId: string): Promise<ListVersion> {
  const v = await findListVersion(q, versionId);
  if (!v) throw notFound('list version', versionId);
  return v;
}

/** The version for `month` still awaiting approval, if any. */
export async function pendingVersionFor(q: Queryable, month: string): Promise<string | null> {
  const rows = await q.query<{ version_id: string }>(
    `SELECT version_id FROM list_versions WHERE month = $1 AND status = 'pending' ORDER BY proposed_at, version_id LIMIT 1`,
    [month],
  );
  return rows[0]?.version_id ?? null;
}
