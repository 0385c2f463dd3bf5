/** Read models of requirement lines for the API and CLI: one line with its history, or a filtered page in rank order. */
import type { RequirementStatus, StoredEvent } from '../../domain/events.ts';
import type { MoneyJson } from '../../domain/money.ts';
import { ACTIVE_STATUSES } from '../../domain/requirement.ts';
import type { Queryable } from '../db.ts';
import { readEvents } from '../event-log.ts';

export interface RequirementView {
  lineId: string;
  capabilityArea: string;
  item: string;
  quantity: string;
  unit: string;
  estimatedUnitPrice: MoneyJson;
  /** quantity x estimated unit price. */
  estimatedTotal: MoneyJson;
  unitPrice: MoneyJson | null;
  /** quantity x the supplier's unit price, once priced. */
  pricedTotal: MoneyJson | null;
  availability: string | null;
  neededBy: string;
  partialAllowed: boolean;
  /** 1 = most urgent; null once the line has left the ranking. */
  rank: number | null;
  status: RequirementStatus;
  statusReason: string | null;
  packageId: string | null;
  illustrative: boolean;
  proposedAt: string;
  validatedAt: string | null;
  pricedAt: string | null;
  fundedAt: string | null;
  deliveredAt: string | null;
}

interface Row {
  line_id: string;
  capability_area: string;
  item: string;
  quantity: bigint;
  unit: string;
  est_unit_price_minor: bigint;
  unit_price_minor: bigint | null;
  price_currency: 'USD';
  availability: string | null;
  needed_by: string;
  partial_allowed: boolean;
  rank: number | null;
  status: RequirementStatus;
  status_reason: string | null;
  package_id: string | null;
  illustrative: boolean;
  proposed_at: Date | string;
  validated_at: Date | string | null;
  priced_at: Date | string | null;
  funded_at: Date | string | null;
  delivered_at: Date | string | null;
}

const iso = (t: Date | string | null): string | null => (t === null ? null : new Date(t).toISOString());
const usd = (minor: bigint, currency: 'USD'): MoneyJson => ({ minor: minor.toString(), currency });

function toView(r: Row): RequirementView {
  return {
    lineId: r.line_id,
    capabilityArea: r.capability_area,
    item: r.item,
    quantity: r.quantity.toString(),
    unit: r.unit,
    estimatedUnitPrice: usd(r.est_unit_price_minor, r.price_currency),
    estimatedTotal: usd(r.est_unit_price_minor * r.quantity, r.price_currency),
    unitPrice: r.unit_price_minor !== null ? usd(r.unit_price_minor, r.price_currency) : null,
    pricedTotal: r.unit_price_minor !== null ? usd(r.unit_price_minor * r.quantity, r.price_currency) : null,
    availability: r.availability,
    neededBy: r.needed_by,
    partialAllowed: r.partial_allowed,
    rank: r.rank,
    status: r.status,
    statusReason: r.status_reason,
    packageId: r.package_id,
    illustrative: r.illustrative,
    proposedAt: iso(r.proposed_at)!,
    validatedAt: iso(r.validated_at),
    pricedAt: iso(r.priced_at),
    fundedAt: iso(r.funded_at),
    deliveredAt: iso(r.delivered_at),
  };
}

export async function requirementView(q: Queryable, lineId: string): Promise<RequirementView | undefined> {
  const rows = await q.query<Row>('SELECT * FROM requirements WHERE line_id = $1', [lineId]);
  return rows[0] ? toView(rows[0]) : undefined;
}

/** Every event of the line's stream, oldest first. */
export const requirementHistory = (q: Queryable, lineId: string): Promise<StoredEvent[]> =>
  readEvents(q, { stream: `requirement:${lineId}`, limit: 10_000 });

export interface RequirementFilter {
  /** A status, or `active` for every line that holds a rank. */
  status?: RequirementStatus | 'active' | undefined;
  capabilityArea?: string | undefined;
  limit: number;
  offset: number;
}

export async function listRequirementViews(q: Queryable, f: RequirementFilter): Promise<{ items: RequirementView[]; total: number }> {
  const statuses = f.status === undefined ? null : f.status === 'active' ? [...ACTIVE_STATUSES] : [f.status];
  const where = `WHERE ($1::jsonb IS NULL OR r.status IN (SELECT jsonb_array_elements_text($1::jsonb)))
      AND ($2::text IS NULL OR r.capability_area = $2)`;
  const params = [statuses === null ? null : JSON.stringify(statuses), f.capabilityArea ?? null];
  const rows = await q.query<Row>(`SELECT * FROM requirements r ${where} ORDER BY r.rank NULLS LAST, r.line_id LIMIT $3 OFFSET $4`, [
    ...params,
    f.limit,
    f.offset,
  ]);
  const total = await q.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM requirements r ${where}`, params);
  return { items: rows.map(toView), total: Number(total[0]?.n ?? 0n) };
}

/** The active lines in rank order: the ranking as it stands. */
export async function rankingView(q: Queryable): Promise<RequirementView[]> {
  const rows = await q.query<Row>('SELECT * FROM requirements WHERE rank IS NOT NULL ORDER BY rank, line_id');
  return rows.map(toView);
}
