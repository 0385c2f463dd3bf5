/** Read models of the monthly list versions: one version with its approvals and history, or a filtered page. */
import type { Role } from '../../domain/actors.ts';
import type { StoredEvent } from '../../domain/events.ts';
import { pendingRoles, type ListVersionStatus } from '../../domain/list-version.ts';
import type { Queryable } from '../db.ts';
import { readEvents } from '../event-log.ts';

export interface ListVersionView {
  versionId: string;
  month: string;
  status: ListVersionStatus;
  lines: { lineId: string; rank: number }[];
  approvals: { role: Role; orgId: string; approvedAt: string }[];
  /** Roles whose approval is still missing (empty once approved). */
  pendingRoles: Role[];
  proposedAt: string;
  approvedAt: string | null;
}

interface Row {
  version_id: string;
  month: string;
  status: ListVersionStatus;
  lines: { lineId: string; rank: number }[];
  approvals: { role: Role; orgId: string; approvedAt: string }[];
  proposed_at: Date | string;
  approved_at: Date | string | null;
}

function toView(r: Row): ListVersionView {
  return {
    versionId: r.version_id,
    month: r.month,
    status: r.status,
    lines: r.lines,
    approvals: r.approvals.map((a) => ({ ...a, approvedAt: new Date(a.approvedAt).toISOString() })),
    pendingRoles: r.status === 'pending' ? pendingRoles(r.approvals) : [],
    proposedAt: new Date(r.proposed_at).toISOString(),
    approvedAt: r.approved_at === null ? null : new Date(r.approved_at).toISOString(),
  };
}

export async function listVersionView(q: Queryable, versionId: string): Promise<ListVersionView | undefined> {
  const rows = await q.query<Row>('SELECT * FROM list_versions WHERE version_id = $1', [versionId]);
  return rows[0] ? toView(rows[0]) : undefined;
}

export const listVersionHistory = (q: Queryable, versionId: string): Promise<StoredEvent[]> =>
  readEvents(q, { stream: `list:${versionId}`, limit: 10_000 });

export interface ListVersionFilter {
  month?: string | undefined;
  status?: ListVersionStatus | undefined;
  limit: number;
  offset: number;
}

/** Newest month first; within a month, newest proposal first. */
export async function listListVersionViews(q: Queryable, f: ListVersionFilter): Promise<{ items: ListVersionView[]; total: number }> {
  const where = 'WHERE ($1::text IS NULL OR v.month = $1) AND ($2::text IS NULL OR v.status = $2)';
  const params = [f.month ?? null, f.status ?? null];
  const rows = await q.query<Row>(`SELECT * FROM list_versions v ${where} ORDER BY v.month DESC, v.proposed_at DESC, v.version_id LIMIT $3 OFFSET $4`, [
    ...params,
    f.limit,
    f.offset,
  ]);
  const total = await q.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM list_versions v ${where}`, params);
  return { items: rows.map(toView), total: Number(total[0]?.n ?? 0n) };
}
