/**
 * Runs generated steps through the one dispatcher and checks each outcome: an accepted command
 * appends exactly its events; a refusal is a DomainError that writes nothing; a deliberate fault is
 * refused with the right code; a dry run and an idempotent replay write nothing.
 */
import { expect } from 'vitest';
import type { AnyCommand } from '../../../src/commands/command.ts';
import { COMMANDS } from '../../../src/commands/index.ts';
import { dispatch } from '../../../src/commands/dispatch.ts';
import { ROLES, SYSTEM_ACTOR, type Actor } from '../../../src/domain/actors.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import type { StoredEvent } from '../../../src/domain/events.ts';
import type { Database } from '../../../src/store/db.ts';
import { lastSeq } from '../../../src/store/event-log.ts';
import { LOG_TABLES } from '../../../src/store/log/record.ts';
import { PROJECTION_TABLES } from '../../../src/store/projections/index.ts';
import { BUILDERS } from './families.ts';
import { pick, World, type CommandKey, type Step } from './world.ts';

/** Per command name: how often it was tried, accepted, and refused with each code. */
export type Tally = Map<string, { attempted: number; accepted: number; refused: Record<string, number> }>;

interface Keyed {
  cmd: CommandKey;
  actor: Actor;
  input: Record<string, unknown>;
  key: string;
  events: StoredEvent[];
}

export interface Run {
  world: World;
  tally: Tally;
  keyed: Keyed[];
}

/** Empties the log (events and the transparency log), every projection and the tokens, so each generated sequence starts afresh. */
export async function resetStore(db: Database): Promise<void> {
  await db.query(`TRUNCATE events, api_tokens, ${PROJECTION_TABLES.join(', ')}, ${LOG_TABLES.join(', ')}`);
}

const ORGS = [
  { orgId: 'nato', name: 'NATO', role: 'coordinator' },
  { orgId: 'ua-mod', name: 'Ukraine MoD', role: 'recipient', country: 'UA' },
  { orgId: 'us-dod', name: 'US DoD', role: 'supplier', country: 'US' },
  { orgId: 'audit', name: 'Audit office', role: 'auditor' },
  ...['nl', 'de', 'no', 'se', 'dk'].map((orgId) => ({ orgId, name: `Ally ${orgId}`, role: 'ally', country: orgId.toUpperCase() })),
];

const RATES = [
  { base: 'EUR', quote: 'USD', rate: '1.1565' },
  { base: 'GBP', quote: 'USD', rate: '1.3480' },
  { base: 'NOK', quote: 'EUR', rate: '0.0855' },
  { base: 'CAD', quote: 'USD', rate: '0.7250' },
  { base: 'SEK', quote: 'EUR', rate: '0.0905' },
];

/** The record every sequence starts from, laid down through the dispatcher like everything else. */
export async function startRun(db: Database, tally: Tally): Promise<Run> {
  await resetStore(db);
  const world = new World(db, BUILDERS);
  const at = { now: () => world.now() };
  for (const o of ORGS) await dispatch(db, COMMANDS.registerOrganization, { actor: SYSTEM_ACTOR, input: o }, at);
  const nato = await world.actor('coordinator');
  for (const r of RATES) await dispatch(db, COMMANDS.recordFxRate, { actor: nato, input: { ...r, date: '2025-06-30', source: 'ECB' } }, at);
  return { world, tally, keyed: [] };
}

function count(tally: Tally, name: string) {
  let t = tally.get(name);
  if (!t) tally.set(name, (t = { attempted: 0, accepted: 0, refused: {} }));
  return t;
}

/** Repeats an earlier request with its Idempotency-Key: the first result comes back, nothing is written. */
async function replay(run: Run, s: Step): Promise<void> {
  const k = pick(run.keyed, s.picks[0])!;
  const before = await lastSeq(run.world.db);
  const r = await dispatch(run.world.db, COMMANDS[k.cmd] as AnyCommand, { actor: k.actor, input: k.input, idempotencyKey: k.key }, { now: () => run.world.now() });
  expect(r.replayed).toBe(true);
  expect(r.events).toEqual(k.events);
  expect(await lastSeq(run.world.db)).toBe(before);
  const t = count(run.tally, 'replay (idempotent)');
  t.attempted += 1;
  t.accepted += 1;
}

export async function runStep(run: Run, s: Step): Promise<void> {
  const w = run.world;
  w.tick();
  if (s.fault === 'replay' && run.keyed.length > 0) return replay(run, s);
  const build = BUILDERS.get(s.cmd);
  if (!build) throw new Error(`no generator for command ${s.cmd}`);
  const attempt = await build(w, s);
  const cmd: AnyCommand = COMMANDS[attempt.cmd];
  let { actor, input } = attempt;
  if (s.fault === 'actor') actor = await w.actor(pick(ROLES.filter((r) => !cmd.roles.includes(r)), s.picks[3])!);
  if (s.fault === 'input') input = { ...input, [pick(Object.keys(input), s.picks[3])!]: { bogus: true } };
  const key = s.fault === 'none' && s.percent % 5 === 0 ? w.fresh('key') : undefined;
  const dryRun = s.fault === 'dryRun';
  const t = count(run.tally, cmd.name);
  t.attempted += 1;
  const before = await lastSeq(w.db);
  const describe = () => `${cmd.name} as ${actor.orgId} (${actor.role}), fault ${s.fault}: ${JSON.stringify(input)}`;
  try {
    const r = await dispatch(w.db, cmd, { actor, input, idempotencyKey: key, dryRun }, { now: () => w.now() });
    expect(s.fault === 'actor' || s.fault === 'input', `accepted a deliberately faulty request: ${describe()}`).toBe(false);
    if (dryRun) {
      expect(r.wouldRecord.length).toBeGreaterThan(0);
      expect(await lastSeq(w.db)).toBe(before);
      return;
    }
    expect(r.events.map((e) => e.seq)).toEqual(r.events.map((_, i) => before + i + 1));
    expect(await lastSeq(w.db)).toBe(before + r.events.length);
    t.accepted += 1;
    if (process.env.PURL_GEN_DEBUG) console.log(`accepted ${describe()} -> ${r.events.map((e) => e.type).join(', ')}`);
    if (key) run.keyed.push({ cmd: attempt.cmd, actor, input, key, events: r.events });
  } catch (err) {
    if (!(err instanceof DomainError)) throw new Error(`a programmer error, not a refusal, from ${describe()}`, { cause: err });
    expect(await lastSeq(w.db), `a refusal wrote to the log: ${describe()}`).toBe(before);
    if (s.fault === 'actor') expect(err.code, describe()).toBe('forbidden');
    if (s.fault === 'input') expect(err.code, describe()).toBe('validation');
    t.refused[err.code] = (t.refused[err.code] ?? 0) + 1;
    // PURL_GEN_DEBUG=1 prints every refusal, to see why a generator misses.
    if (process.env.PURL_GEN_DEBUG) console.log(`refused ${err.code}: ${err.message} <- ${describe()}`);
  }
}

export function formatTally(tally: Tally): string {
  const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
  return rows
    .map(([name, t]) => {
      const refused = Object.entries(t.refused).map(([code, n]) => `${code} ${n}`).join(', ');
      return `  ${name.padEnd(24)} tried ${String(t.attempted).padStart(4)}  accepted ${String(t.accepted).padStart(4)}  ${refused ? `refused: ${refused}` : ''}`;
    })
    .join('\n');
}
