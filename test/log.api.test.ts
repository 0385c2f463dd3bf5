/**
 * Proves the transparency log's API on both stores, as an independent verifier would use it,
 * knowing only RFC 9162, C2SP and the published keys: the latest checkpoint (text signed note and
 * JSON) is signed by the published log key and covers every event; every entry's signature verifies
 * with its organization's published key and the leaves hash to the checkpoint's root; inclusion
 * proofs (by seq and by leaf hash) and consistency proofs between every pair of checkpoints verify;
 * a witness's cosignature is accepted, shown with the checkpoint, and a bad one refused; malformed
 * or out-of-range requests are 4xx problem+json; reading needs no token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosign } from '../src/ledger/cosignature.ts';
import { generateEd25519, publicKeyObject, verifyEd25519 } from '../src/ledger/ed25519.ts';
import { eventBytes, leafHashOf, type LogEvent } from '../src/ledger/leaf.ts';
import { rootFromLeafHashes, verifyConsistency, verifyInclusion } from '../src/ledger/merkle.ts';
import { encodeVkey, noteSignedBy, parseCheckpointBody, parseNote, parseVkey, SIG_COSIGNATURE_V1 } from '../src/ledger/note.ts';
import { COMMITMENT_KEY, openingMatches, type Opening } from '../src/ledger/commitments.ts';
import { lastSeq } from '../src/store/event-log.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

const b64 = (s: string) => Buffer.from(s, 'base64');
interface Entry {
  seq: number;
  event: LogEvent;
  openings: Opening[];
  signer: string;
  signature: string;
  leafHash: string;
}

describe.each(STORES)('the transparency log API on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (!store.available) return;
    api = await openTestApi(store);
    const pledge = (id: string) => ({ pledgeId: id, contributors: [{ orgId: 'nl' }], amount: { minor: '50000000000', currency: 'EUR' }, announcedOn: '2025-08-04' });
    for (const id of ['nl-a', 'nl-b', 'nl-c']) expect((await api.call('POST', '/pledges', TOKENS.nl, pledge(id))).statusCode).toBe(201);
    expect((await api.call('POST', '/pledges/nl-a/commit', TOKENS.nl, {})).statusCode).toBeLessThan(300);
    expect((await api.call('POST', '/users', TOKENS.nl, { userId: 'desk@nl', orgId: 'nl', displayName: 'Anna Desk-Officer' })).statusCode).toBe(201);
  });
  afterAll(async () => api?.close());

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await api.call('GET', url, null, undefined, headers);
    return { status: res.statusCode, type: String(res.headers['content-type']), body: res.body, json: () => JSON.parse(res.body) };
  };
  const keys = async () => (await get('/log/keys')).json() as { origin: string; keys: { purpose: string; orgId: string | null; vkey: string }[] };

  it.skipIf(!store.available)('serves the latest checkpoint as a signed note, signed by the published log key, covering every event', async () => {
    const res = await get('/log/checkpoint');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    const note = parseNote(res.body)!;
    const body = parseCheckpointBody(note.text)!;
    const dir = await keys();
    expect(body.origin).toBe(dir.origin);
    expect(body.size).toBe(await lastSeq(api.store.db));
    const logKeys = dir.keys.filter((k) => k.purpose === 'log').map((k) => parseVkey(k.vkey)!);
    expect(logKeys.some((k) => noteSignedBy(note, k))).toBe(true);
    const json = (await get('/log/checkpoint', { accept: 'application/json' })).json();
    expect(json).toMatchObject({ treeSize: body.size, origin: body.origin, rootHash: body.root.toString('base64'), note: res.body });
  });

  it.skipIf(!store.available)('serves entries whose signatures verify with the published organization keys and whose leaves hash to the root', async () => {
    const size = await lastSeq(api.store.db);
    const dir = await keys();
    // A participant sees every entry of this record (its pledges are coalition records; the public sees them withheld, below).
    const entries = (await get(`/log/entries?start=1&end=${size}`, { authorization: `Bearer ${TOKENS.auditor}` })).json().items as Entry[];
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: size }, (_, i) => i + 1));
    for (const e of entries) {
      const published = dir.keys.find((k) => k.vkey === e.signer)!;
      expect(published.orgId).toBe(e.event.actorOrg);
      expect(verifyEd25519(publicKeyObject(parseVkey(e.signer)!.publicKey), eventBytes(e.event), b64(e.signature))).toBe(true);
      expect(Buffer.from(leafHashOf({ event: e.event, signer: e.signer, signature: b64(e.signature) })).toString('base64')).toBe(e.leafHash);
    }
    const root = (await get('/log/checkpoint', { accept: 'application/json' })).json().rootHash;
    expect(Buffer.from(rootFromLeafHashes(entries.map((e) => b64(e.leafHash)))).toString('base64')).toBe(root);
    // Every registered organization has a published key.
    const orgs = (await get('/organizations')).json().items as { orgId: string }[];
    for (const o of orgs) expect(dir.keys.some((k) => k.purpose === 'org' && k.orgId === o.orgId), o.orgId).toBe(true);
  });

  it.skipIf(!store.available)('commits to classified values by salted hash: openings for those cleared, leaf hashes alone for records withheld', async () => {
    const size = await lastSeq(api.store.db);
    const signedIn = (await get(`/log/entries?start=1&end=${size}`, { authorization: `Bearer ${TOKENS.auditor}` })).json().items as Entry[];
    const announced = signedIn.find((e) => e.event.type === 'PledgeAnnounced' && (e.event.payload as { pledgeId: string }).pledgeId === 'nl-a')!;
    // The amount is a commitment in the signed entry, and its opening checks against it.
    expect(Object.keys((announced.event.payload as { amount: object }).amount)).toEqual([COMMITMENT_KEY]);
    const opening = announced.openings.find((o) => o.path === 'payload.amount')!;
    expect(opening.value).toEqual({ minor: '50000000000', currency: 'EUR' });
    expect(openingMatches(announced.event, opening)).toBe(true);
    expect(openingMatches(announced.event, { ...opening, value: { minor: '50000000001', currency: 'EUR' } })).toBe(false);
    // The request hash is committed too, and never opened here.
    expect(announced.openings.some((o) => o.path === 'requestHash')).toBe(false);
    // The public: the pledges are coalition records, so their entries are leaf hashes alone, and no amount shows anywhere.
    const res = await get(`/log/entries?start=1&end=${size}`);
    const pub = res.json().items as { seq: number; event: LogEvent | null; signer: string | null; leafHash: string }[];
    expect(pub.map((e) => e.leafHash)).toEqual(signedIn.map((e) => e.leafHash));
    expect(pub.find((e) => e.seq === announced.seq)).toMatchObject({ event: null, signer: null });
    expect(pub.filter((e) => e.event !== null).length).toBeGreaterThan(0);
    expect(res.body).not.toContain('50000000000');
    expect(res.body).not.toContain('nl-a');
    // A person's name is personal data: committed in the log, opened to participants, never to the public.
    expect(res.body).not.toContain('Anna Desk-Officer');
    const person = (pub as Entry[]).find((e) => e.event?.type === 'UserRegistered')!;
    expect(Object.keys((person.event.payload as { displayName: object }).displayName)).toEqual([COMMITMENT_KEY]);
    expect(person.openings).toEqual([]);
    const signedInPerson = signedIn.find((e) => e.seq === person.seq)!;
    expect(signedInPerson.openings).toMatchObject([{ path: 'payload.displayName', value: 'Anna Desk-Officer' }]);
  });

  it.skipIf(!store.available)('proves the inclusion of every entry, by seq and by leaf hash, in the latest and in older checkpoints', async () => {
    const size = await lastSeq(api.store.db);
    for (let seq = 1; seq <= size; seq++) {
      for (const treeSize of [size, Math.max(seq, 3)]) {
        const p = (await get(`/log/proof/inclusion?seq=${seq}&treeSize=${treeSize}`)).json();
        expect(verifyInclusion(p.leafIndex, p.treeSize, b64(p.leafHash), p.proof.map(b64), b64(p.rootHash))).toBe(true);
      }
    }
    const last = (await get(`/log/proof/inclusion?seq=${size}`)).json();
    const byHash = (await get(`/log/proof/inclusion?leafHash=${encodeURIComponent(last.leafHash)}`)).json();
    expect(byHash).toEqual(last);
    expect(parseCheckpointBody(parseNote(last.checkpoint)!.text)!.root.toString('base64')).toBe(last.rootHash);
  });

  it.skipIf(!store.available)('proves every checkpoint consistent with every later one', async () => {
    const cps = (await get('/log/checkpoints?from=1&limit=1000')).json().items as { number: number; treeSize: number; rootHash: string }[];
    expect(cps.map((c) => c.number)).toEqual(cps.map((_, i) => i + 1));
    for (const a of cps) {
      for (const b of cps.filter((c) => c.number >= a.number && (c.number - a.number) % 3 === 0)) {
        const p = (await get(`/log/proof/consistency?first=${a.treeSize}&second=${b.treeSize}`)).json();
        expect(p.firstRoot).toBe(a.rootHash);
        expect(p.secondRoot).toBe(b.rootHash);
        expect(verifyConsistency(a.treeSize, b.treeSize, p.proof.map(b64), b64(a.rootHash), b64(b.rootHash))).toBe(true);
      }
    }
  });

  it.skipIf(!store.available)('accepts a witness cosignature, shows it with the checkpoint, and refuses a bad one', async () => {
    const w = generateEd25519();
    const witnessKey = encodeVkey('witness.example/w1', SIG_COSIGNATURE_V1, w.publicKey);
    const cp = (await get('/log/checkpoint', { accept: 'application/json' })).json();
    const text = parseNote(cp.note)!.text;
    const line = cosign(text, 'witness.example/w1', w.publicKey, w.privateKey, 1_764_000_000);
    const post = (body: unknown) => api.call('POST', '/log/cosignatures', null, body);
    const ok = await post({ treeSize: cp.treeSize, witnessKey, cosignature: line });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ stored: true, signedAt: 1_764_000_000 });
    expect((await post({ treeSize: cp.treeSize, witnessKey, cosignature: line })).json()).toMatchObject({ stored: false });
    expect((await get('/log/checkpoint')).body).toBe(cp.note + line);
    const other = generateEd25519();
    const forged = cosign(text, 'witness.example/w1', other.publicKey, other.privateKey, 1_764_000_000);
    for (const [body, status] of [
      [{ treeSize: cp.treeSize, witnessKey, cosignature: forged }, 400],
      [{ treeSize: cp.treeSize + 1000, witnessKey, cosignature: line }, 404],
      [{ treeSize: cp.treeSize, witnessKey: encodeVkey('w', 1, w.publicKey), cosignature: line }, 400],
      [{ treeSize: cp.treeSize - 1, witnessKey, cosignature: line }, 400],
      [{ treeSize: 'x' }, 400],
    ] as const) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it.skipIf(!store.available)('answers malformed or out-of-range proof requests with a 4xx problem', async () => {
    const size = await lastSeq(api.store.db);
    const cases: [string, number, RegExp][] = [
      [`/log/proof/inclusion?seq=1&treeSize=${size + 1}`, 400, /treeSize/],
      ['/log/proof/inclusion?seq=1&treeSize=0', 400, /treeSize/],
      [`/log/proof/inclusion?seq=${size + 1}`, 404, /entry/],
      ['/log/proof/inclusion?seq=0', 400, /seq/],
      [`/log/proof/inclusion?seq=${size}&treeSize=2`, 400, /not in the tree of 2/],
      ['/log/proof/inclusion', 400, /seq or leafHash/],
      ['/log/proof/inclusion?seq=abc', 400, /seq/],
      [`/log/proof/inclusion?leafHash=${'A'.repeat(43)}=`, 404, /leaf hash/],
      ['/log/proof/inclusion?leafHash=not-a-hash', 400, /leafHash/],
      ['/log/proof/consistency?first=3&second=2', 400, /first/],
      ['/log/proof/consistency?first=0&second=2', 400, /first/],
      [`/log/proof/consistency?first=1&second=${size + 1}`, 400, /second/],
      ['/log/proof/consistency', 400, /first/],
      ['/log/proof/consistency?first=-1', 400, /first/],
      [`/log/entries?start=${size + 1}`, 400, /start/],
      ['/log/entries?start=3&end=2', 400, /end/],
      ['/log/checkpoints?limit=0', 400, /limit/],
    ];
    for (const [url, status, detail] of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(res.type, url).toContain('application/problem+json');
      expect(res.body, url).toMatch(detail);
    }
  });
});
