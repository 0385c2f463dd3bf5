/**
 * The one command dispatcher. For every command from every front door it: parses the input,
 * checks the role, takes the writer lock, answers a repeated Idempotency-Key with the first result,
 * loads state, lets the command decide events, appends them and updates the projections, all in one
 * transaction. A rejection anywhere rolls back everything: a refused command writes nothing.
 *
 * Concurrency: every writer takes one transaction-scoped advisory lock before it reads the state it
 * decides on, so decisions about money never race (on PostgreSQL as on PGlite) and the log's
 * sequence numbers are gap-free, in commit order.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actors.ts';
import { DomainError, forbidden } from '../domain/errors.ts';
import type { NewEvent, StoredEvent } from '../domain/events.ts';
import type { Database } from '../store/db.ts';
import { appendEvents, findByIdempotencyKey } from '../store/event-log.ts';
import { ledgerConfig } from '../store/log/ledger-config.ts';
import { project } from '../store/projections/index.ts';
import type { Command } from './command.ts';
import { parseInput } from './parse-input.ts';
import { visibilityGuard } from './visible-records.ts';

export const WRITER_LOCK = 7402;

export interface Envelope {
  actor: Actor;
  input: unknown;
  idempotencyKey?: string | undefined;
  dryRun?: boolean | undefined;
}

export interface CommandResult {
  events: StoredEvent[];
  /** True when the Idempotency-Key had been seen: these are the first request's events. */
  replayed: boolean;
  /** For a dry run: the events that would be recorded; nothing was written. */
  wouldRecord: NewEvent[];
}

export interface DispatchOptions {
  /** The clock; the demo loader sets it to replay history at the dates it happened. */
  now?: () => Date;
}

export const canonicalRequestHash = (command: string, input: unknown): string =>
  createHash('sha256').update(stableJson({ command, input })).digest('hex');

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

export async function dispatch<I, S>(
  db: Database,
  cmd: Command<I, S>,
  env: Envelope,
  opts: DispatchOptions = {},
): Promise<CommandResult> {
  const input = parseInput(cmd.input, env.input);
  if (!cmd.roles.includes(env.actor.role)) {
    throw forbidden(`${cmd.name} is for ${cmd.roles.join(' or ')}; your organization '${env.actor.orgId}' is ${env.actor.role}`);
  }
  const key = env.idempotencyKey ?? null;
  if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new DomainError('validation', 'Idempotency-Key must be 1-200 visible ASCII characters', {
      issues: [{ field: 'Idempotency-Key', message: 'must be 1-200 visible ASCII characters' }],
    });
  }
  const requestHash = canonicalRequestHash(cmd.name, env.input);
  const now = (opts.now ?? (() => new Date()))();

  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    if (key !== null) {
      const prior = await findByIdempotencyKey(tx, env.actor.orgId, key);
      if (prior.events.length > 0) {
        if (prior.requestHash !== requestHash || prior.events[0]!.command !== cmd.name) {
          throw new DomainError('idempotency_mismatch', `Idempotency-Key '${key}' was already used for a different request`);
        }
        return { events: prior.events, replayed: true, wouldRecord: [] };
      }
    }
    const guard = await visibilityGuard(tx, env.actor, now);
    guard?.checkInput(input);
    const state = await cmd.load(tx, input, env.actor);
    const events = cmd.decide(state, input, {
      actor: env.actor,
      now: now.toISOString(),
      newId: (prefix) => `${prefix}-${randomBytes(5).toString('hex')}`,
    });
    if (events.length === 0) throw new Error(`${cmd.name} decided no events`);
    guard?.checkEvents(events);
    if (env.dryRun) return { events: [], replayed: false, wouldRecord: events };
    const stored = await appendEvents(tx, events, {
      actorOrg: env.actor.orgId,
      actorUser: env.actor.userId,
      recordedAt: now,
      command: cmd.name,
      idempotencyKey: key,
      requestHash: key !== null ? requestHash : null,
      ledger: ledgerConfig(db),
    });
    for (const e of stored) await project(tx, e);
    return { events: stored, replayed: false, wouldRecord: [] };
  });
}
