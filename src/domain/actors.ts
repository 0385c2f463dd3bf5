/**
 * Who acts. Every organization has one role; an API token speaks for one organization (and, once
 * user accounts exist, one person in it). The public is the absence of an actor.
 */
export const ROLES = ['ally', 'recipient', 'coordinator', 'supplier', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTION: Record<Role, string> = {
  ally: 'a contributing Ally or partner: announces and manages its own pledges',
  recipient: "Ukraine's Ministry of Defence: proposes and ranks requirements, confirms receipt",
  coordinator: 'NATO coordination (SACEUR/SHAPE, NSATU): validates the list, builds packages, allocates funds',
  supplier: 'the US supplier side: prices requirements, contracts and ships packages',
  auditor: 'auditors and parliaments: read what the coalition reads (restricted data where named), change nothing',
};

export interface Actor {
  orgId: string;
  role: Role;
  /** The person acting, where known (a token's label until user accounts exist). */
  userId: string;
}

/** The system itself, used only by `purl init` to lay down the first organizations. */
export const SYSTEM_ACTOR: Actor = { orgId: 'system', role: 'coordinator', userId: 'purl-init' };
