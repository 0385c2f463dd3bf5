/**
 * Lays down the demo record through the normal command path: organizations, then the public PURL
 * record from ../shared/brief/data (see public-record.ts), then illustrative lists, packages and
 * deliveries. Idempotent: it does nothing on a store that already has events.
 */
import { COMMANDS } from '../commands/index.ts';
import { dispatch } from '../commands/dispatch.ts';
import { SYSTEM_ACTOR } from '../domain/actors.ts';
import type { Database } from '../store/db.ts';
import { lastSeq } from '../store/event-log.ts';
import { issueToken } from '../store/tokens.ts';
import { DEMO_ORGS, DEMO_TOKENS } from './organizations.ts';

export interface SeedReport {
  seeded: boolean;
  events: number;
}

export async function registerOrganizations(db: Database, orgs = DEMO_ORGS, at = new Date('2025-07-14T12:00:00Z')): Promise<void> {
  for (const o of orgs) {
    await dispatch(db, COMMANDS.registerOrganization, { actor: SYSTEM_ACTOR, input: o }, { now: () => at });
  }
}

export async function issueDemoTokens(db: Database): Promise<void> {
  for (const t of DEMO_TOKENS) await issueToken(db, t);
}

export async function seedDemo(db: Database): Promise<SeedReport> {
  if ((await lastSeq(db)) > 0) return { seeded: false, events: await lastSeq(db) };
  await registerOrganizations(db);
  await issueDemoTokens(db);
  return { seeded: true, events: await lastSeq(db) };
}
