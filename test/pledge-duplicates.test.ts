/**
 * Proves, on both stores, that duplicate links never chain, from either end: a pledge cannot be
 * linked to a duplicate, nor marked as a duplicate while other pledges point to it (found by the
 * rebuild property test), and a refused link writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import type { Actor } from '../src/domain/actors.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import { lastSeq } from '../src/store/event-log.ts';
import { STORES, type TestStore } from './support/stores.ts';

const NATO: Actor = { orgId: 'nato', role: 'coordinator', userId: 'test' };

describe.each(STORES)('pledge duplicate links on $name', (store) => {
  let s: TestStore;
  beforeAll(async () => {
    if (!store.available) return;
    s = await store.open();
    await registerOrganizations(s.db);
    for (const pledgeId of ['a', 'b', 'c']) {
      const input = { pledgeId, contributors: [{ orgId: 'lt' }], amount: { minor: '3000000000', currency: 'USD' }, announcedOn: '2025-10', sources: [{ url: 'https://example.org/lt' }] };
      await dispatch(s.db, COMMANDS.announcePledge, { actor: NATO, input });
    }
  });
  afterAll(async () => s?.close());

  const mark = (pledgeId: string, duplicateOf: string) =>
    dispatch(s.db, COMMANDS.markPledgeDuplicate, { actor: NATO, input: { pledgeId, duplicateOf, reason: 'announced again' } });

  it.skipIf(!store.available)('refuses to mark a pledge that others point to, and to link to a duplicate', async () => {
    await mark('a', 'b');
    const before = await lastSeq(s.db);
    await expect(mark('b', 'c')).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining("is the original of 'a'") });
    await expect(mark('c', 'a')).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('is itself a duplicate') });
    expect(await lastSeq(s.db)).toBe(before);
    await mark('c', 'b'); // a second duplicate of the same original is fine
    expect(await lastSeq(s.db)).toBe(before + 1);
  });
});
