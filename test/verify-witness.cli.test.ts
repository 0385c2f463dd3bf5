/**
 * Proves `purl verify` and `purl witness` as a user meets them (the real binary in a child process):
 * verify passes on a healthy local store, on its export bundle and on a running server; it fails with
 * exit 4, naming the entry, after a row of the store is changed and on a truncated bundle, never with
 * a stack trace; its library function names the place of other damage to a bundle (a signature, a
 * leaf, a checkpoint, a key, an event). The witness cosigns the first checkpoint it sees, then a
 * later one after checking consistency (its cosignatures show on the server and in verify), and
 * raises an alarm (exit 4) on a rollback.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import type { Actor } from '../src/domain/actors.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import type { Database } from '../src/store/db.ts';
import { verifyBundle } from '../src/ledger/verify/from-bundle.ts';
import { exportLogToString } from '../src/store/export.ts';
import { openStore } from '../src/store/open.ts';
import { runPurl, type PurlRun } from './support/cli.ts';
import { STORES, type TestStore } from './support/stores.ts';

const NL: Actor = { orgId: 'nl', role: 'ally', userId: 'test' };

async function announce(db: Database, ids: string[]): Promise<void> {
  for (const pledgeId of ids) {
    await dispatch(db, COMMANDS.announcePledge, { actor: NL, input: { pledgeId, contributors: [{ orgId: 'nl' }], amount: { minor: '1000', currency: 'EUR' }, announcedOn: '2025-08-04' } });
  }
}

function expectFailed(r: PurlRun, at: RegExp): void {
  expect(r.code, r.stdout + r.stderr).toBe(4);
  expect(r.stderr).toMatch(/^purl: verification FAILED at /);
  expect(r.stderr).toMatch(at);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('purl verify', () => {
  let root: string;
  const data = () => join(root, 'data');
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'purl-verify-'));
    const db = await openStore({ dataDir: data(), databaseUrl: undefined }, { log: () => undefined });
    await registerOrganizations(db);
    await announce(db, ['v-1', 'v-2', 'v-3']);
    writeFileSync(join(root, 'bundle.json'), await exportLogToString(db));
    await db.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes on a healthy store and on its export bundle', async () => {
    const local = await runPurl(['verify'], { PURL_DATA: data() });
    expect(local.code, local.stderr).toBe(0);
    expect(local.stdout).toMatch(/verified PGlite in .*: \d+ entries, \d+ checkpoints/);
    expect(local.stdout).toContain('projections: equal to a replay');
    const bundle = await runPurl(['verify', join(root, 'bundle.json'), '--json'], { PURL_DATA: data() });
    expect(bundle.code, bundle.stderr).toBe(0);
    expect(JSON.parse(bundle.stdout)).toMatchObject({ ok: true, projections: 'replayed' });
  });

  it('fails with exit 4 naming the entry after one event row is changed', async () => {
    const db = await openStore({ dataDir: data(), databaseUrl: undefined }, { log: () => undefined });
    await db.query(`UPDATE events SET payload = jsonb_set(payload, '{amount,minor}', '"9999"') WHERE seq = (SELECT max(seq) - 1 FROM events)`);
    const seq = Number((await db.query<{ n: bigint }>('SELECT max(seq) - 1 AS n FROM events'))[0]!.n);
    await db.close();
    expectFailed(await runPurl(['verify'], { PURL_DATA: data() }), new RegExp(`at entry ${seq}: the signature of 'nl' does not match`));
  });

  it('fails with exit 4, naming the place, on a damaged or truncated bundle', async () => {
    const text = readFileSync(join(root, 'bundle.json'), 'utf8');
    writeFileSync(join(root, 'cut.json'), text.slice(0, Math.floor(text.length / 2)));
    expectFailed(await runPurl(['verify', join(root, 'cut.json')], { PURL_DATA: data() }), /at bundle: \(file\): is not valid JSON/);
    // The same library function, in process, on more kinds of damage.
    const doc = JSON.parse(text);
    const failure = async (d: unknown) => {
      try {
        await verifyBundle(JSON.stringify(d), { replay: false });
      } catch (err) {
        return (err as Error).message;
      }
      return 'verified';
    };
    const sig = structuredClone(doc);
    sig.log.leaves[4].signature = sig.log.leaves[3].signature;
    expect(await failure(sig)).toMatch(/^entry 5: the signature/);
    const cp = structuredClone(doc);
    cp.log.checkpoints.splice(2, 1);
    expect(await failure(cp)).toMatch(/^checkpoint 3: is missing/);
    const last = structuredClone(doc);
    last.log.checkpoints.pop();
    expect(await failure(last)).toMatch(/^entry \d+: is in no checkpoint/);
    const ev = structuredClone(doc);
    ev.events[6].actorUser = 'mallory';
    expect(await failure(ev)).toMatch(/^entry 7: /);
    const gone = structuredClone(doc);
    gone.log.leaves.splice(3, 1);
    expect(await failure(gone)).toMatch(/^entry 4: has no leaf/);
    const nolog = structuredClone(doc);
    delete nolog.log;
    expect(await failure(nolog)).toMatch(/carries no transparency log/);
    const shape = structuredClone(doc);
    shape.log.leaves[0].signature = 'short';
    expect(await failure(shape)).toMatch(/^bundle: log\.leaves\.0\.signature: /);
    const key = structuredClone(doc);
    key.log.keys = key.log.keys.filter((k: { orgId: string | null }) => k.orgId !== 'nl');
    expect(await failure(key)).toMatch(/^entry \d+: is signed by .*\/org\/nl, which is not a published organization key/);
  });
});

// The server's store makes no difference to the CLI; the API test covers both stores.
describe.each(STORES.slice(0, 1))('purl verify --server and purl witness against a server on $name', (store) => {
  let s: TestStore;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url: string;
  let root: string;
  beforeAll(async () => {
    if (!store.available) return;
    root = mkdtempSync(join(tmpdir(), 'purl-witness-'));
    s = await store.open();
    await registerOrganizations(s.db);
    await announce(s.db, ['w-1']);
    app = await buildApp({ db: s.db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await s?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  const witness = () => runPurl(['witness', '--server', url, '--state', join(root, 'state.json'), '--name', 'witness.test/w1', '--once'], { PURL_DATA: join(root, 'unused') });
  const size = async () => Number((await s.db.query<{ n: bigint }>('SELECT max(tree_size) AS n FROM log_checkpoints'))[0]!.n);

  it.skipIf(!store.available)('cosigns the first checkpoint, then each consistent later one', async () => {
    const first = await witness();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created witness key/);
    expect(first.stdout).toMatch(new RegExp(`cosigned checkpoint of size ${await size()}`));
    await announce(s.db, ['w-2', 'w-3']);
    const second = await witness();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`cosigned checkpoint of size ${await size()}, root .*, consistent with size ${(await size()) - 2}`));
    const note = await (await fetch(`${url}/log/checkpoint`)).text();
    expect(note).toMatch(/\u2014 witness\.test\/w1 /);
    const verify = await runPurl(['verify', '--server', url], { PURL_DATA: join(root, 'unused') });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`${await size()} entries`));
    expect(verify.stdout).toMatch(/witness cosignatures: 2/);
  });

  it.skipIf(!store.available)('raises an alarm with exit 4 on a rollback (the other alarms: src/ledger/witness.test.ts)', async () => {
    const path = join(root, 'state.json');
    const good = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...good, treeSize: good.treeSize + 5 }));
    const rollback = await witness();
    expect(rollback.code).toBe(4);
    expect(rollback.stderr).toMatch(/ALARM: ROLLBACK: the log shows \d+ entries, but this witness has seen a checkpoint of \d+/);
    expect(rollback.stderr).not.toMatch(/\n\s+at /);
  });
});
