/**
 * Monthly versions of the prioritized list and their joint approval. Pure rules only.
 *
 * Each month the recipient proposes a version: a snapshot of the current ranking of active lines.
 * Ukraine (recipient), NATO (coordinator) and the US (supplier) each approve it once; with the third
 * approval the version is approved. While a version for a month is pending, no second one may be
 * proposed for that month; a later version for an approved month supersedes it once approved itself.
 */
import type { Actor, Role } from './actors.ts';
import { badTransition, conflict, forbidden } from './errors.ts';
import type { Ranking } from './requirement.ts';

export const APPROVER_ROLES = ['recipient', 'coordinator', 'supplier'] as const satisfies readonly Role[];

export type ListVersionStatus = 'pending' | 'approved' | 'superseded';
export const LIST_VERSION_STATUSES: readonly ListVersionStatus[] = ['pending', 'approved', 'superseded'];

export interface ListVersion {
  versionId: string;
  month: string;
  status: ListVersionStatus;
  approvals: { role: Role; orgId: string }[];
}

/** The lines a new version holds: the current ranking as it stands. */
export function snapshotRanking(ranking: Ranking): { lineId: string; rank: number }[] {
  if (ranking.length === 0) throw conflict('there are no active requirement lines to put in a list version');
  return ranking.map((lineId, i) => ({ lineId, rank: i + 1 }));
}

/** One pending version per month: a second proposal waits until the first is approved. */
export function assertMayProposeFor(month: string, pendingVersionId: string | null): void {
  if (pendingVersionId !== null) {
    throw conflict(`list version '${pendingVersionId}' for ${month} is still pending approval`, { pendingVersionId });
  }
}

/** Checks one approval and says whether it completes the set of three. */
export function checkApproval(v: ListVersion, actor: Actor): { complete: boolean } {
  if (!(APPROVER_ROLES as readonly Role[]).includes(actor.role)) {
    throw forbidden(`list versions are approved by ${APPROVER_ROLES.join(', ')}; your organization is ${actor.role}`);
  }
  if (v.status !== 'pending') throw badTransition('list version', v.versionId, v.status, 'approve it');
  const prior = v.approvals.find((a) => a.role === actor.role);
  if (prior) throw conflict(`list version '${v.versionId}' is already approved by the ${actor.role} ('${prior.orgId}')`);
  const roles = new Set<Role>([...v.approvals.map((a) => a.role), actor.role]);
  return { complete: APPROVER_ROLES.every((r) => roles.has(r)) };
}

/** The roles still to approve a version. */
export const pendingRoles = (approvals: readonly { role: Role }[]): Role[] =>
  APPROVER_ROLES.filter((r) => !approvals.some((a) => a.role === r));
