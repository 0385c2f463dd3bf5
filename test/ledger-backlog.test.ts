/**
 * Proves, on both stores, how the log meets events it has not logged: a store from before the log
 * existed (events, no checkpoint) is logged at start-up and then verifies; but once the log has begun,
 * an event row written around it is never taken in: start-up leaves it out, every further append is
 * refused (over HTTP a 503 problem naming the counts, with nothing written), and `purl verify` names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import type { Actor } from '../src/domain/actors.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import { verifyStore } from '../src/ledger/verify/from-store.ts';
import { logBacklog } from '../src/store/log/backlog.ts';
import { LOG_TABLES } from '../src/store/log/record.ts';
import { openTestApi, TOKENS } from './support/api.ts';
import { STORES, type TestStore } from './support/stores.ts';

const NL: Actor = { orgId: 'nl', role: 'ally', userId: 'test' };
const announce = (db: TestStore['db'], pledgeId: string) =>
  dispatch(db, COMMANDS.announcePledge, { actor: NL, input: { pledgeId, contributors: [{ orgId: 'nl' }], amount: { minor: '100', currency: 'EUR' }, announcedOn: '2025-08-04' } });

describe.each(STORES)('unlogged events on $name', (store) => {
  let s: TestStore;
  // One store for both cases, in order: the first leaves a log that has begun, which the second tampers with.
  beforeAll(async () => {
    if (store.available) s = await store.open();
  });
  afterAll(async () => s?.close());

  it.skipIf(!store.available)('logs a store from before the log at start-up, which then verifies', async () => {
    await registerOrganizations(s.db);
    await announce(s.db, 'old-1');
    // Make it look like a store from before the log: the same events, no log at all.
    await s.db.query(`TRUNCATE ${LOG_TABLES.join(', ')}`);
    const events = Number((await s.db.query<{ n: bigint }>('SELECT count(*) AS n FROM events'))[0]!.n);
    expect(await logBacklog(s.db)).toBe(events);
    expect(await logBacklog(s.db)).toBe(0);
    const r = await verifyStore(s.db);
    expect(r).toMatchObject({ entries: events, checkpoints: 1 });
    await announce(s.db, 'new-1');
    expect((await verifyStore(s.db)).checkpoints).toBe(2);
  });

  it.skipIf(!store.available)('never takes in an event written around a log that has begun', async () => {
    await announce(s.db, 'p-1');
    const n = Number((await s.db.query<{ n: bigint }>('SELECT max(seq) AS n FROM events'))[0]!.n);
    await s.db.query(
      `INSERT INTO events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
       SELECT seq + 1, type, 'pledge:forged', actor_org, actor_user, recorded_at, command, NULL, NULL, jsonb_set(payload, '{pledgeId}', '"forged"') FROM events WHERE seq = $1`,
      [n],
    );
    expect(await logBacklog(s.db)).toBe(0);
    await expect(announce(s.db, 'p-2')).rejects.toThrow(/the log covers \d+ events but the events table holds more/);
    await expect(verifyStore(s.db)).rejects.toThrow(new RegExp(`^entry ${n + 1}: has no leaf`));
  });

  it.skipIf(!store.available)('answers a write over HTTP with a 503 log-integrity problem and writes nothing', async () => {
    const api = await openTestApi(store);
    try {
      const db = api.store.db;
      const max = async () => Number((await db.query<{ n: bigint }>('SELECT max(seq) AS n FROM events'))[0]!.n);
      const n = await max();
      await db.query(
        `INSERT INTO events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
         SELECT seq + 1, type, stream, actor_org, actor_user, recorded_at, command, NULL, NULL, payload FROM events WHERE seq = $1`,
        [n],
      );
      const body = { pledgeId: 'p-http', contributors: [{ orgId: 'nl' }], amount: { minor: '100', currency: 'EUR' }, announcedOn: '2025-08-04' };
      const res = await api.call('POST', '/pledges', TOKENS.nl, body);
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(res.body) as { code: string; detail: string };
      expect(problem.code).toBe('log_integrity');
      expect(problem.detail).toBe(`the ledger refuses writes: the log covers ${n} events but the events table holds more; run purl verify`);
      expect(await max()).toBe(n + 1);
      expect((await api.call('GET', '/pledges/p-http', TOKENS.nl)).statusCode).toBe(404);
    } finally {
      await api.close();
    }
  });
});
