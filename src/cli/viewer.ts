/**
 * `--as <org|public>` for reading commands: the CLI runs on the store itself and reads everything by
 * default (the operator); --as shows exactly what that organization, or the public, would see.
 */
import type { Role } from '../domain/actors.ts';
import { OPERATOR_VIEWER, PUBLIC_VIEWER, type Viewer } from '../domain/classification.ts';
import { invalid } from '../domain/errors.ts';
import type { Queryable } from '../store/db.ts';
import { loadClearance, type Clearance } from '../store/queries/clearance.ts';

export const AS_OPTION = ['--as <org>', 'read as this organization would, or as the public (--as public); default: everything (the operator)'] as const;

export async function viewerFromOption(q: Queryable, as: string | undefined): Promise<Viewer> {
  if (as === undefined) return OPERATOR_VIEWER;
  if (as === 'public') return PUBLIC_VIEWER;
  const org = (await q.query<{ role: Role }>('SELECT role FROM organizations WHERE org_id = $1', [as]))[0];
  if (!org) throw invalid('--as', `unknown organization '${as}' (or use 'public')`);
  return { kind: 'org', orgId: as, role: org.role };
}

export const clearanceFromOption = async (q: Queryable, as: string | undefined): Promise<Clearance> => loadClearance(q, await viewerFromOption(q, as));
