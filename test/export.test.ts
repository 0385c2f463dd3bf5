/**
 * Proves, on both stores, that the log export round-trips: importing a dump into an empty store
 * reproduces every event row (seq, actors, times, idempotency keys, request hashes, payloads) and
 * every projection, and idempotent repeats still answer with the first result afterwards. Proves too
 * that import refuses a non-empty store, a foreign format or version, a gap or disorder in seq, an
 * unknown event type, a malformed envelope or payload, and an event that cannot be applied, naming
 * the first bad entry and writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import type { Actor } from '../src/domain/actors.ts';
import { DomainError } from '../src/domain/errors.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import type { Queryable } from '../src/store/db.ts';
import { lastSeq } from '../src/store/event-log.ts';
import { exportLogToString, type LedgerExport } from '../src/store/export.ts';
import { checkExport, importLog, parseExportText } from '../src/store/import.ts';
import { snapshotProjections } from '../src/store/projections/index.ts';
import { STORES, type TestStore } from './support/stores.ts';

const NATO: Actor = { orgId: 'nato', role: 'coordinator', userId: 'test' };
const NL: Actor = { orgId: 'nl', role: 'ally', userId: 'test' };
const src = [{ url: 'https://example.org/source', tier: 'A' as const }];

/** A small record touching several projections, with idempotency keys and varied times. */
async function fillRecord(s: TestStore): Promise<void> {
  const db = s.db;
  let t = Date.parse('2025-08-01T09:00:00.000Z');
  const at = () => ({ now: () => new Date((t += 3_600_123)) });
  await registerOrganizations(db);
  await dispatch(db, COMMANDS.recordFxRate, { actor: NATO, input: { date: '2025-08-01', base: 'EUR', quote: 'USD', rate: '1.1565', source: 'ECB' } }, at());
  await dispatch(
    db,
    COMMANDS.recordPublicTotal,
    { actor: NATO, input: { claimId: 'total-1', date: '2025-09-17', amount: { minor: '207300000000', currency: 'USD' }, scope: 'funded', saidBy: 'Zelensky', sources: src } },
    at(),
  );
  const nl = { contributors: [{ orgId: 'nl' }], amount: { minor: '50000000000', currency: 'EUR' }, announcedOn: '2025-08-04', sources: src };
  await dispatch(db, COMMANDS.announcePledge, { actor: NL, input: { ...nl, pledgeId: 'nl-1' }, idempotencyKey: 'nl-key-1' }, at());
  await dispatch(db, COMMANDS.commitPledge, { actor: NL, input: { pledgeId: 'nl-1' } }, at());
  await dispatch(db, COMMANDS.recordPayment, { actor: NL, input: { pledgeId: 'nl-1', amount: { minor: '50000000000', currency: 'EUR' }, paidOn: '2025-08-20' }, idempotencyKey: 'pay-1' }, at());
  await dispatch(db, COMMANDS.announcePledge, { actor: NATO, input: { ...nl, pledgeId: 'nl-2', announcedOn: '2025-08' } }, at());
  await dispatch(db, COMMANDS.markPledgeDuplicate, { actor: NATO, input: { pledgeId: 'nl-2', duplicateOf: 'nl-1', reason: 'same money' } }, at());
  await dispatch(
    db,
    COMMANDS.announcePledge,
    { actor: NATO, input: { contributors: [{ orgId: 'si' }], amount: null, amountMissingReason: 'classified', announcedOn: '2025', sources: src } },
    at(),
  );
}

const eventRows = (q: Queryable) =>
  q.query('SELECT seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload FROM events ORDER BY seq');

const NOW = new Date('2025-12-01T00:00:00.000Z');

describe.each(STORES)('log export and import on $name', (store) => {
  let source: TestStore;
  let target: TestStore;
  let dump: string;

  beforeAll(async () => {
    if (!store.available) return;
    source = await store.open();
    target = await store.open();
    await fillRecord(source);
    dump = await exportLogToString(source.db, { now: NOW, batchSize: 7 });
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  /** A deep copy of the dump, for a test to corrupt. */
  const copy = (): LedgerExport => JSON.parse(dump) as LedgerExport;

  it.skipIf(!store.available)('writes a versioned document holding every event with its request hash', async () => {
    const doc = copy();
    expect(doc).toMatchObject({ format: 'purl-ledger-export', version: 1, exportedAt: NOW.toISOString(), lastSeq: await lastSeq(source.db) });
    expect(doc.events.map((e) => e.seq)).toEqual(Array.from({ length: doc.lastSeq }, (_, i) => i + 1));
    const keyed = doc.events.filter((e) => e.idempotencyKey !== null);
    expect(keyed.length).toBeGreaterThan(0);
    for (const e of keyed) expect(e.requestHash).toMatch(/^[0-9a-f]{64}$/);
  });

  describe('refusals, each writing nothing to an empty store', () => {
    const cases: { name: string; corrupt: (d: LedgerExport) => unknown; message: RegExp }[] = [
      { name: 'a foreign format', corrupt: (d) => ({ ...d, format: 'csv' }), message: /^format: .*not a PURL Ledger export/ },
      { name: 'an unknown version', corrupt: (d) => ({ ...d, version: 2 }), message: /^version: 2: this purl reads version 1 only/ },
      { name: 'no events array', corrupt: (d) => ({ ...d, events: {} }), message: /^events: must be an array/ },
      { name: 'a gap in seq', corrupt: (d) => ((d.events[3]!.seq = 5), d), message: /^events\[3\] \(seq 5\): seq: expected 4/ },
      {
        name: 'events out of order',
        corrupt: (d) => {
          [d.events[2], d.events[3]] = [d.events[3]!, d.events[2]!];
          return d;
        },
        message: /^events\[2\] \(seq 4\): seq: expected 3/,
      },
      { name: 'an unknown event type', corrupt: (d) => ((d.events[6]!.type = 'PledgeForgotten' as never), d), message: /^events\[6\] \(seq 7\): type: 'PledgeForgotten' is not a known/ },
      { name: 'a missing envelope field', corrupt: (d) => (delete (d.events[4] as Partial<LedgerExport['events'][number]>).stream, d), message: /^events\[4\] \(seq 5\): stream: / },
      { name: 'a time that is not ISO', corrupt: (d) => ((d.events[5]!.recordedAt = 'yesterday'), d), message: /^events\[5\] \(seq 6\): recordedAt: must be an ISO timestamp/ },
      { name: 'a forged request hash', corrupt: (d) => ((d.events[0]!.requestHash = 'abc'), d), message: /^events\[0\] \(seq 1\): requestHash: / },
      {
        name: 'a malformed payload',
        corrupt: (d) => {
          const e = d.events.find((x) => x.type === 'PaymentRecorded')!;
          (e.payload as { amount: { minor: string } }).amount.minor = '12.5';
          return d;
        },
        message: /^events\[\d+\] \(seq \d+\): payload\.amount\.minor: /,
      },
      { name: 'an entry that is not an object', corrupt: (d) => ((d.events as unknown[])[8] = 'oops', d), message: /^events\[8\] \(seq \?\): / },
      { name: 'a lastSeq that disagrees', corrupt: (d) => ({ ...d, lastSeq: d.lastSeq + 1 }), message: /^lastSeq: says \d+ but the file holds \d+ events/ },
    ];

    it.skipIf(!store.available).each(cases)('refuses $name, naming it', async ({ corrupt, message }) => {
      const bad = corrupt(copy());
      let caught: unknown;
      try {
        await importLog(target.db, checkExport(bad));
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect((caught as DomainError).code).toBe('validation');
      expect((caught as DomainError).message).toMatch(message);
      expect(await lastSeq(target.db)).toBe(0);
    });

    it.skipIf(!store.available)('refuses text that is not JSON', () => {
      expect(() => parseExportText(dump.slice(0, -20))).toThrow(/^\(file\): is not valid JSON/);
    });

    it.skipIf(!store.available)('refuses, inside the transaction, an event the record cannot take, and rolls back what came before', async () => {
      const d = copy();
      d.events[1]!.payload = d.events[0]!.payload; // the same organization registered twice
      await expect(importLog(target.db, checkExport(d))).rejects.toThrow(/^events\[1\] \(seq 2\): \(entry\): cannot be applied/);
      expect(await lastSeq(target.db)).toBe(0);
      const projections = await snapshotProjections(target.db);
      for (const rows of Object.values(projections)) expect(rows).toEqual([]);
    });

    it.skipIf(!store.available)('refuses a store that already has events', async () => {
      const before = await lastSeq(source.db);
      await expect(importLog(source.db, parseExportText(dump))).rejects.toMatchObject({ code: 'conflict' });
      expect(await lastSeq(source.db)).toBe(before);
    });
  });

  describe('a good import (after the refusals, into the same store)', () => {
    it.skipIf(!store.available)('reproduces every event row and every projection', async () => {
      const r = await importLog(target.db, parseExportText(dump));
      expect(r.events).toBe(await lastSeq(source.db));
      expect(await eventRows(target.db)).toEqual(await eventRows(source.db));
      expect(await snapshotProjections(target.db)).toEqual(await snapshotProjections(source.db));
      expect(await exportLogToString(target.db, { now: NOW })).toBe(dump);
    });

    it.skipIf(!store.available)('keeps idempotency working: a repeat answers with the first result, a mismatch is refused', async () => {
      const before = await lastSeq(target.db);
      const input = { pledgeId: 'nl-1', amount: { minor: '50000000000', currency: 'EUR' }, paidOn: '2025-08-20' };
      const again = await dispatch(target.db, COMMANDS.recordPayment, { actor: NL, input, idempotencyKey: 'pay-1' });
      expect(again.replayed).toBe(true);
      await expect(dispatch(target.db, COMMANDS.recordPayment, { actor: NL, input: { ...input, paidOn: '2025-08-21' }, idempotencyKey: 'pay-1' })).rejects.toMatchObject({
        code: 'idempotency_mismatch',
      });
      expect(await lastSeq(target.db)).toBe(before);
    });
  });
});
