/**
 * Classification as stored: the levels set on records and fields, and each record's owners. Read by
 * the classify command (under the writer lock) and by every read path through `loadClearance`.
 */
import {
  STEWARDS,
  defaultClassification,
  type Classification,
  type ClassifiedKind,
  type Level,
  type ReasonCode,
} from '../../domain/classification.ts';
import type { Role } from '../../domain/actors.ts';
import type { Queryable } from '../db.ts';

interface Row {
  kind: ClassifiedKind;
  id: string;
  field: string;
  level: Level;
  reason: ReasonCode | null;
  readers: string[];
  disclose_on: string | null;
}

const toClassification = (r: Row): Classification => ({ level: r.level, reason: r.reason, readers: r.readers, discloseOn: r.disclose_on });

/** Everything classification needs to know about the records of the store, loaded once per read. */
export interface ClassificationState {
  /** Set levels by `kind:id:field`. */
  set: Map<string, Classification>;
  /** Organizations by role, for the stewards of coalition-wide records. */
  orgsByRole: Map<Role, string[]>;
  /** Contributors of each pledge. */
  pledgeOwners: Map<string, string[]>;
  /** Pledges with at least one published source: public record by default. */
  sourcedPledges: Set<string>;
}

export async function loadClassificationState(q: Queryable): Promise<ClassificationState> {
  // One query after another: `q` may be a transaction's client, which runs one query at a time.
  const rows = await q.query<Row>("SELECT kind, id, field, level, reason, readers, to_char(disclose_on, 'YYYY-MM-DD') AS disclose_on FROM classifications");
  const orgs = await q.query<{ org_id: string; role: Role }>('SELECT org_id, role FROM organizations');
  const contributors = await q.query<{ pledge_id: string; org_id: string }>('SELECT pledge_id, org_id FROM pledge_contributors ORDER BY pledge_id, position');
  const sourced = await q.query<{ pledge_id: string }>("SELECT pledge_id FROM pledges WHERE jsonb_array_length(sources) > 0");
  const orgsByRole = new Map<Role, string[]>();
  for (const o of orgs) orgsByRole.set(o.role, [...(orgsByRole.get(o.role) ?? []), o.org_id]);
  const pledgeOwners = new Map<string, string[]>();
  for (const c of contributors) pledgeOwners.set(c.pledge_id, [...(pledgeOwners.get(c.pledge_id) ?? []), c.org_id]);
  return {
    set: new Map(rows.map((r) => [`${r.kind}:${r.id}:${r.field}`, toClassification(r)])),
    orgsByRole,
    pledgeOwners,
    sourcedPledges: new Set(sourced.map((r) => r.pledge_id)),
  };
}

/** The owners of a record, stewards included (src/domain/classification.ts). */
export function ownersOf(s: ClassificationState, kind: ClassifiedKind, id: string): string[] {
  const stewards = STEWARDS[kind].flatMap((role) => s.orgsByRole.get(role) ?? []);
  return kind === 'pledge' ? [...(s.pledgeOwners.get(id) ?? []), ...stewards] : stewards;
}

/** The level set on a record or field, or the default. */
export function classificationOf(s: ClassificationState, kind: ClassifiedKind, id: string, field: string): Classification {
  return s.set.get(`${kind}:${id}:${field}`) ?? defaultClassification(kind, { hasSources: kind === 'pledge' && s.sourcedPledges.has(id) });
}

/** Whether the record exists, for the classify command. */
export async function classifiedRecordExists(q: Queryable, kind: ClassifiedKind, id: string): Promise<boolean> {
  const sql = {
    pledge: 'SELECT 1 FROM pledges WHERE pledge_id = $1',
    package: 'SELECT 1 FROM packages WHERE package_id = $1',
    shipment: 'SELECT 1 FROM shipments WHERE shipment_id = $1',
  }[kind];
  return (await q.query(sql, [id])).length > 0;
}
