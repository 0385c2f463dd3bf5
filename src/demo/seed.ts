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
import { briefDataDir, hasBriefData, readBriefData } from './brief-data.ts';
import { loadGuaranteeRecord } from './guarantees.ts';
import { loadIllustrativeClassification } from './illustrative-classification.ts';
import { loadIllustrative } from './illustrative.ts';
import { DEMO_ORGS, DEMO_TOKENS } from './organizations.ts';
import { loadPublicRecord, type PublicRecordReport } from './public-record.ts';
import { registerDemoUsers } from './users.ts';

export interface SeedReport {
  seeded: boolean;
  events: number;
  /** What the public record contributed; null when its folder was missing (see notices). */
  publicRecord?: PublicRecordReport | null;
  notices?: string[];
}

export interface SeedOptions {
  /** The folder holding the brief's CSVs; defaults to briefDataDir() (PURL_BRIEF_DIR or ../shared/brief/data). */
  briefDir?: string;
  /** Where notices go; the CLI prints them. */
  log?: (line: string) => void;
}

export async function registerOrganizations(db: Database, orgs = DEMO_ORGS, at = new Date('2025-07-14T12:00:00Z')): Promise<void> {
  for (const o of orgs) {
    await dispatch(db, COMMANDS.registerOrganization, { actor: SYSTEM_ACTOR, input: o }, { now: () => at });
  }
}

export async function issueDemoTokens(db: Database): Promise<void> {
  for (const t of DEMO_TOKENS) await issueToken(db, t);
}

export async function seedDemo(db: Database, opts: SeedOptions = {}): Promise<SeedReport> {
  if ((await lastSeq(db)) > 0) return { seeded: false, events: await lastSeq(db) };
  await registerOrganizations(db);
  await issueDemoTokens(db);
  await registerDemoUsers(db);
  const dir = opts.briefDir ?? briefDataDir();
  const notices: string[] = [];
  let publicRecord: PublicRecordReport | null = null;
  if (hasBriefData(dir)) {
    publicRecord = await loadPublicRecord(db, readBriefData(dir));
  } else {
    notices.push(`public record not loaded: the brief's CSVs are not in ${dir} (set PURL_BRIEF_DIR to the folder holding purl-announcements.csv)`);
  }
  await loadIllustrative(db);
  await loadIllustrativeClassification(db);
  notices.push(...(await loadGuaranteeRecord(db, dir)).notices);
  for (const n of notices) (opts.log ?? console.warn)(`notice: ${n}`);
  return { seeded: true, events: await lastSeq(db), publicRecord, notices };
}
