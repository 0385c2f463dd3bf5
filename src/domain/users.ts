/**
 * People in organizations. A user id names its organization (`planner@ua-mod`), so a username alone
 * says where a person belongs and sign-in needs nothing else. A user acts with the role of its
 * organization; there are no per-person roles. Who may manage whose users is a rule here:
 * the coordinator manages anyone's, every organization manages its own.
 */
import type { Actor } from './actors.ts';
import { badTransition, forbidden, invalid } from './errors.ts';

export type UserStatus = 'active' | 'disabled';

export interface User {
  userId: string;
  orgId: string;
  displayName: string;
  status: UserStatus;
}

/** `name@org`: a lower-case name (letters, digits, dot, dash, underscore) and the organization id. */
export const USER_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}@[a-z0-9][a-z0-9-]{0,63}$/;

/** The organization a well-formed user id names. */
export const orgOfUserId = (userId: string): string => userId.slice(userId.lastIndexOf('@') + 1);

/** A user id must name the organization it is registered in. */
export function assertUserIdNamesOrg(userId: string, orgId: string): void {
  if (orgOfUserId(userId) !== orgId) throw invalid('userId', `must end with '@${orgId}', the organization the user belongs to`);
}

/** The coordinator manages every organization's users; any other organization only its own. */
export function assertMayManageUsers(actor: Actor, orgId: string, action: string): void {
  if (actor.role === 'coordinator' || actor.orgId === orgId) return;
  throw forbidden(`only '${orgId}' itself or the coordinator may ${action}; you act for '${actor.orgId}'`);
}

export function assertActive(user: User, action: string): void {
  if (user.status !== 'active') throw badTransition('user', user.userId, user.status, action);
}
