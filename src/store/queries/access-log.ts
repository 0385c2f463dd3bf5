/** The access log as an organization may read it: reads of restricted data it owns (src/domain/classification.ts). */
import type { ClassifiedKind } from '../../domain/classification.ts';
import type { Queryable } from '../db.ts';
import { loadClassificationState, ownersOf } from '../repositories/classifications.ts';

export interface AccessEntry {
  at: string;
  viewerOrg: string;
  viewerUser: string;
  kind: ClassifiedKind;
  recordId: string;
  field: string;
  route: string;
}

export async function accessLogFor(q: Queryable, orgId: string, f: { limit: number; offset: number }): Promise<{ items: AccessEntry[]; total: number }> {
  const state = await loadClassificationState(q);
  const rows = await q.query<{ at: Date | string; viewer_org: string; viewer_user: string; kind: ClassifiedKind; record_id: string; field: string; route: string }>(
    'SELECT at, viewer_org, viewer_user, kind, record_id, field, route FROM access_log ORDER BY id DESC',
  );
  const mine = rows.filter((r) => ownersOf(state, r.kind, r.record_id).includes(orgId));
  return {
    items: mine.slice(f.offset, f.offset + f.limit).map((r) => ({
      at: new Date(r.at).toISOString(),
      viewerOrg: r.viewer_org,
      viewerUser: r.viewer_user,
      kind: r.kind,
      recordId: r.record_id,
      field: r.field,
      route: r.route,
    })),
    total: mine.length,
  };
}
