/**
 * Proves the web app's in-browser log verifier (src/web/lib/log-verify.ts, WebCrypto only) against
 * the real log API on both stores: every check passes for genuine entries, and each kind of
 * tampering (a changed payload, a signature from another entry, a wrong proof step, a root that is
 * not the checkpoint's, an unpublished signer, an opening that does not match its commitment) makes
 * the check that guards it fail; an entry withheld from the reader still has its place in the tree
 * checked, and its other checks are reported as not checkable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEntry, type InclusionData, type LogEntryData, type PublishedKey } from '../src/web/lib/log-verify.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('the in-browser log verifier on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (!store.available) return;
    api = await openTestApi(store);
    for (const id of ['v-a', 'v-b', 'v-c']) {
      const body = { pledgeId: id, contributors: [{ orgId: 'nl' }], amount: { minor: '100000', currency: 'EUR' }, announcedOn: '2025-08-04' };
      expect((await api.call('POST', '/pledges', TOKENS.nl, body)).statusCode).toBe(201);
    }
  });
  afterAll(async () => api?.close());

  // A participant reads every entry of this record (its pledges are coalition records); the public's view is tested below.
  const get = async <T>(url: string, token: string | null = TOKENS.auditor): Promise<T> => (await api.call('GET', url, token)).json() as T;
  const load = async (seq: number, token: string | null = TOKENS.auditor) => {
    const entry = (await get<{ items: LogEntryData[] }>(`/log/entries?start=${seq}&end=${seq}`, token)).items[0]!;
    const inclusion = await get<InclusionData>(`/log/proof/inclusion?seq=${seq}`);
    const keys = (await get<{ keys: PublishedKey[] }>('/log/keys')).keys;
    return { entry, inclusion, keys };
  };
  const failing = (checks: { name: string; ok: boolean | null }[]) => checks.filter((c) => c.ok === false).map((c) => c.name);

  it.skipIf(!store.available)('passes every check for every genuine entry', async () => {
    const size = (await get<{ treeSize: number }>('/log/entries?start=1')).treeSize;
    expect(size).toBeGreaterThan(20);
    for (const seq of [1, 2, Math.floor(size / 2), size - 1, size]) {
      const { entry, inclusion, keys } = await load(seq);
      expect(failing(await verifyEntry(entry, inclusion, keys)), `entry ${seq}`).toEqual([]);
    }
  });

  it.skipIf(!store.available)('catches each kind of tampering with the check that guards it', async () => {
    const size = (await get<{ treeSize: number }>('/log/entries?start=1')).treeSize;
    const { entry, inclusion, keys } = await load(size - 1);
    const other = await load(size);
    const payload = { ...(entry.event!.payload as object), pledgeId: 'forged' };
    expect(failing(await verifyEntry({ ...entry, event: { ...entry.event!, payload } }, inclusion, keys))).toEqual(['signature', 'leafHash', 'inclusion']);
    // An opening with another value does not match the commitment the signed entry holds.
    const opening = entry.openings!.find((o) => o.path === 'payload.amount')!;
    expect(failing(await verifyEntry(entry, inclusion, keys))).toEqual([]);
    expect(failing(await verifyEntry({ ...entry, openings: [{ ...opening, value: { minor: '999', currency: 'EUR' } }] }, inclusion, keys))).toEqual(['openings']);
    expect(failing(await verifyEntry({ ...entry, signature: other.entry.signature }, inclusion, keys))).toEqual(['signature', 'leafHash', 'inclusion']);
    const proof = [...inclusion.proof];
    proof[0] = inclusion.rootHash;
    expect(failing(await verifyEntry(entry, { ...inclusion, proof }, keys))).toContain('inclusion');
    expect(failing(await verifyEntry(entry, { ...inclusion, rootHash: other.inclusion.leafHash }, keys))).toEqual(['inclusion', 'checkpoint']);
    expect(failing(await verifyEntry(entry, inclusion, keys.filter((k) => k.purpose === 'log')))).toEqual(['signerKey']);
    expect(failing(await verifyEntry(entry, inclusion, keys.filter((k) => k.purpose === 'org')))).toEqual(['checkpoint']);
  });

  it.skipIf(!store.available)('checks the place of an entry withheld from the reader, and says the rest cannot be checked', async () => {
    const size = (await get<{ treeSize: number }>('/log/entries?start=1')).treeSize;
    const { entry, inclusion, keys } = await load(size, null);
    expect(entry.event).toBeNull();
    const checks = await verifyEntry(entry, inclusion, keys);
    expect(checks.filter((c) => c.ok === null).map((c) => c.name)).toEqual(['signerKey', 'signature', 'openings']);
    expect(failing(checks)).toEqual([]);
    expect(failing(await verifyEntry({ ...entry, leafHash: inclusion.rootHash }, inclusion, keys))).toEqual(['leafHash', 'inclusion']);
  });
});
