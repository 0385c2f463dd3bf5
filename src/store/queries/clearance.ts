/**
 * What one caller may read, for one request: every read model asks this before it shows a record
 * or a sensitive field, and notes each restricted item it did show, so the request can end with
 * one access-log entry per item (`recordRestrictedReads`).
 */
import {
  combine,
  isRestricted,
  mayRead,
  withheldNote,
  type Classification,
  type ClassifiedKind,
  type Viewer,
  type WithheldNote,
} from '../../domain/classification.ts';
import type { Queryable } from '../db.ts';
import { classificationOf, loadClassificationState, ownersOf, type ClassificationState } from '../repositories/classifications.ts';

export interface Clearance {
  viewer: Viewer;
  today: string;
  /** Whether the record itself may be shown (that it exists, and its unclassified fields). */
  canSee(kind: ClassifiedKind, id: string): boolean;
  /** Whether a sensitive field may be shown: the record's and the field's levels both allow it. */
  canRead(kind: ClassifiedKind, id: string, field: string): boolean;
  /** The level in force on a field (the stricter of record and field). */
  classification(kind: ClassifiedKind, id: string, field: string): Classification;
  /** Null when readable; else what the caller is told about the withheld field. */
  withheld(kind: ClassifiedKind, id: string, field: string): WithheldNote | null;
  /** Restricted items shown to this caller so far. */
  readonly restrictedReads: ReadonlyMap<string, { kind: ClassifiedKind; id: string; field: string }>;
}

export function clearanceFrom(state: ClassificationState, viewer: Viewer, today: string): Clearance {
  const reads = new Map<string, { kind: ClassifiedKind; id: string; field: string }>();
  const effective = (kind: ClassifiedKind, id: string, field: string): Classification => {
    const record = classificationOf(state, kind, id, 'record');
    return field === 'record' ? record : combine(record, classificationOf(state, kind, id, field), today);
  };
  const allowed = (kind: ClassifiedKind, id: string, field: string): boolean => {
    const c = effective(kind, id, field);
    const ok = mayRead(viewer, c, ownersOf(state, kind, id), today);
    if (ok && isRestricted(c, today)) reads.set(`${kind}:${id}:${field}`, { kind, id, field });
    return ok;
  };
  return {
    viewer,
    today,
    canSee: (kind, id) => allowed(kind, id, 'record'),
    canRead: (kind, id, field) => allowed(kind, id, field),
    classification: effective,
    withheld: (kind, id, field) => (allowed(kind, id, field) ? null : withheldNote(field, effective(kind, id, field))),
    restrictedReads: reads,
  };
}

export async function loadClearance(q: Queryable, viewer: Viewer, now = new Date()): Promise<Clearance> {
  return clearanceFrom(await loadClassificationState(q), viewer, now.toISOString().slice(0, 10));
}

/** Writes one access-log row per restricted item the caller was shown. */
export async function recordRestrictedReads(q: Queryable, c: Clearance, who: { orgId: string; userId: string }, route: string, now = new Date()): Promise<void> {
  const items = [...c.restrictedReads.values()];
  if (items.length === 0) return;
  await q.query(
    `INSERT INTO access_log (at, viewer_org, viewer_user, kind, record_id, field, route)
     SELECT $1, $2, $3, k, i, f, $4 FROM unnest($5::text[], $6::text[], $7::text[]) AS x(k, i, f)`,
    [now.toISOString(), who.orgId, who.userId, route.slice(0, 500), items.map((r) => r.kind), items.map((r) => r.id), items.map((r) => r.field)],
  );
}
