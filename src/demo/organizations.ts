/**
 * The organizations of the demo record, and one demo API token for each role. The tokens are fixed
 * so that the README's curl tour runs verbatim; they are created only by `purl init --demo` (which
 * `npm start` runs on an empty store) and must never be used outside a demo.
 */
import type { Role } from '../domain/actors.ts';

export interface DemoOrg {
  orgId: string;
  name: string;
  role: Role;
  country?: string;
}

export const CORE_ORGS: DemoOrg[] = [
  { orgId: 'ua-mod', name: 'Ministry of Defence of Ukraine', role: 'recipient', country: 'UA' },
  { orgId: 'nato', name: 'NATO coordination (SACEUR / SHAPE, NSATU)', role: 'coordinator' },
  { orgId: 'us-dod', name: 'United States Department of Defense', role: 'supplier', country: 'US' },
  { orgId: 'audit', name: 'Joint audit office (demo)', role: 'auditor' },
];

/** Contributing Allies and partners named in the public PURL record (ISO 3166-1 alpha-2). */
export const ALLY_NAMES: Record<string, string> = {
  NL: 'Netherlands',
  DK: 'Denmark',
  NO: 'Norway',
  SE: 'Sweden',
  DE: 'Germany',
  CA: 'Canada',
  BE: 'Belgium',
  LV: 'Latvia',
  LT: 'Lithuania',
  EE: 'Estonia',
  LU: 'Luxembourg',
  IS: 'Iceland',
  SI: 'Slovenia',
  PT: 'Portugal',
  FI: 'Finland',
  ES: 'Spain',
  PL: 'Poland',
};

export const allyOrgId = (iso: string): string => iso.toLowerCase();

export const ALLY_ORGS: DemoOrg[] = Object.entries(ALLY_NAMES).map(([iso, name]) => ({
  orgId: allyOrgId(iso),
  name: `Government of ${name}`,
  role: 'ally',
  country: iso,
}));

export const DEMO_ORGS: DemoOrg[] = [...CORE_ORGS, ...ALLY_ORGS];

/** Demo tokens: one per role, plus one for every Ally. Printed by `npm start`. */
export const DEMO_TOKENS: { token: string; orgId: string; label: string }[] = [
  { token: 'demo-recipient-ua-mod', orgId: 'ua-mod', label: 'demo planner' },
  { token: 'demo-coordinator-nato', orgId: 'nato', label: 'demo coordinator' },
  { token: 'demo-supplier-us-dod', orgId: 'us-dod', label: 'demo supplier' },
  { token: 'demo-auditor-audit', orgId: 'audit', label: 'demo auditor' },
  ...ALLY_ORGS.map((o) => ({ token: `demo-ally-${o.orgId}`, orgId: o.orgId, label: `demo ${o.name}` })),
];
